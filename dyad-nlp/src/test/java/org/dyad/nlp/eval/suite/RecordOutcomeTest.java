package org.dyad.nlp.eval.suite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class RecordOutcomeTest {

  private static final CodedTriple A = new CodedTriple("ARN", "GON", "040");
  private static final CodedTriple B = new CodedTriple("GON", "ARN", "041");

  @Test
  void missingAndExtraAreMultisetDifferences() {
    RecordOutcome outcome = new RecordOutcome("r", 3, "DEMO", List.of(A, A, B), List.of(B, A, B, B), false);
    assertThat(outcome.missing()).containsExactly(A);
    assertThat(outcome.extra()).containsExactly(B, B);
  }

  @Test
  void rightMeansEqualMultisetsWhateverTheOrder() {
    assertThat(new RecordOutcome("r", 3, "DEMO", List.of(A, B), List.of(B, A), true).missing()).isEmpty();
    assertThat(new RecordOutcome("r", 3, "DEMO", List.of(), List.of(), true).extra()).isEmpty();
    assertThatThrownBy(() -> new RecordOutcome("r", 3, "DEMO", List.of(A), List.of(A, A), true))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("marked right");
    assertThatThrownBy(() -> new RecordOutcome("r", 3, "DEMO", List.of(A), List.of(A), false))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
