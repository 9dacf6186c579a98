package org.dyad.nlp.eval.suite;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TripleCountsTest {

  private static final CodedTriple A = new CodedTriple("ARN", "GON", "040");
  private static final CodedTriple B = new CodedTriple("GON", "ARN", "041");
  private static final CodedTriple C = new CodedTriple("OSG", "ARN", "190");

  @Test
  void overlapCountsEachEventAsOftenAsItIsInBoth() {
    assertThat(TripleCounts.overlap(List.of(A, A, B), List.of(A, B, B, C))).isEqualTo(2);
    assertThat(TripleCounts.overlap(List.of(A, A), List.of(A, A))).isEqualTo(2);
    assertThat(TripleCounts.overlap(List.of(), List.of(A))).isZero();
  }

  @Test
  void minusTakesOneOccurrencePerEventAndKeepsOrder() {
    assertThat(TripleCounts.minus(List.of(B, A, C, A), List.of(A, C, C))).containsExactly(B, A);
  }
}
