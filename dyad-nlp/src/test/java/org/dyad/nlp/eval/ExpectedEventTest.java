package org.dyad.nlp.eval;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ExpectedEventTest {

  private static final LocalDate DAY = LocalDate.of(2002, 1, 1);

  @Test
  void needsASourceATargetASentenceAndALine() {
    assertThatThrownBy(() -> new ExpectedEvent("a.txt", 1, " ", "PAK", DAY, "s")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ExpectedEvent("a.txt", 1, "USA", "PAK", DAY, "")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ExpectedEvent("a.txt", 0, "USA", "PAK", DAY, "s")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ExpectedEvent("a.txt", 1, "USA", "PAK", null, "s")).isInstanceOf(NullPointerException.class);
  }
}
