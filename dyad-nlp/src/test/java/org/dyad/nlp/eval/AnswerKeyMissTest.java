package org.dyad.nlp.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnswerKeyMissTest {

  private static final ExpectedEvent EVENT =
      new ExpectedEvent("a.txt", 1, "USA", "PAK", LocalDate.of(2002, 1, 1), "Washington praised Pakistan.");

  @Test
  void copiesTheCodesDyadFound() {
    List<String> codes = new ArrayList<>(List.of("USA"));
    AnswerKeyMiss miss = new AnswerKeyMiss(EVENT, AnswerKeyMiss.Role.TARGET, "PAK", false, codes);
    codes.clear();
    assertThat(miss.dyadCodes()).containsExactly("USA");
  }

  @Test
  void theCodeIsTheEventsCodeForThatRole() {
    assertThatThrownBy(() -> new AnswerKeyMiss(EVENT, AnswerKeyMiss.Role.SOURCE, "PAK", false, List.of()))
        .hasMessage("the event's SOURCE is USA, not PAK");
  }
}
