package org.dyad.nlp.eval.suite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dyad.nlp.eval.suite.SuiteScore.CategoryTally;
import org.junit.jupiter.api.Test;

class SuiteScoreTest {

  private static final CodedTriple EVENT = new CodedTriple("ARN", "GON", "040");

  @Test
  void ratiosAreZeroWhenTheirDenominatorIs() {
    SuiteScore empty = new SuiteScore("s", 0, 0, 0, 0, 0, 0, new TreeMap<>(), List.of());
    assertThat(List.of(empty.precision(), empty.recall(), empty.f1(), empty.rootPrecision(), empty.rootRecall(),
        empty.rootF1())).containsOnly(0.0);
    assertThat(empty.summary()).containsEntry("records", 0).containsEntry("f1", 0.0);
  }

  @Test
  void rejectsCountsThatDoNotAddUp() {
    RecordOutcome right = new RecordOutcome("r", 1, "A", List.of(EVENT), List.of(EVENT), true);
    Map<String, CategoryTally> one = Map.of("A", new CategoryTally(1, 1));
    assertThat(new SuiteScore("s", 1, 1, 1, 1, 1, 1, new TreeMap<>(one), List.of(right)).f1()).isEqualTo(1.0);
    assertThatThrownBy(() -> new SuiteScore("s", 1, 1, 1, 1, 1, 0, new TreeMap<>(one), List.of(right)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("inconsistent counts");
    assertThatThrownBy(() -> new SuiteScore("s", 1, 1, 1, 1, 1, 1, new TreeMap<>(), List.of(right)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("per-category tallies");
    assertThatThrownBy(() -> new SuiteScore("s", 1, 1, 1, 1, 2, 2, new TreeMap<>(one), List.of(right)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CategoryTally(1, 2)).isInstanceOf(IllegalArgumentException.class);
  }
}
