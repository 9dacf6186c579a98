package org.dyad.nlp.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnswerKeyScoreTest {

  private static final ExpectedEvent EVENT =
      new ExpectedEvent("a.txt", 1, "USA", "PAK", LocalDate.of(2002, 1, 1), "Washington praised Pakistan.");
  private static final AnswerKeyMiss PAKISTAN = new AnswerKeyMiss(EVENT, AnswerKeyMiss.Role.TARGET, "PAK", false, List.of());

  @Test
  void recallIsFoundOverExpected() {
    AnswerKeyScore score = new AnswerKeyScore(1, 2, 1, 1, List.of(PAKISTAN));
    assertThat(score.exactRecall()).isEqualTo(0.5);
    assertThat(score.rootRecall()).isEqualTo(0.5);
    assertThat(new AnswerKeyScore(0, 0, 0, 0, List.of()).exactRecall()).isZero();
  }

  @Test
  void rejectsCountsThatDoNotAddUp() {
    assertThatThrownBy(() -> new AnswerKeyScore(1, 3, 1, 1, List.of(PAKISTAN))).hasMessageContaining("actors expected");
    assertThatThrownBy(() -> new AnswerKeyScore(1, 2, 2, 1, List.of())).hasMessageContaining("inconsistent");
    assertThatThrownBy(() -> new AnswerKeyScore(1, 2, 1, 1, List.of())).hasMessageContaining("0 misses for 1");
  }
}
