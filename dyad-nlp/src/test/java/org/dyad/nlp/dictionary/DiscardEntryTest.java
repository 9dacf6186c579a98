package org.dyad.nlp.dictionary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DiscardEntryTest {

  @Test
  void holdsWhatTheLineSaid() {
    DiscardEntry entry =
        new DiscardEntry("group a", DiscardEntry.Scope.SENTENCE, true, "", "x.discards", 267);
    assertThat(entry.phrase()).isEqualTo("group a");
    assertThat(entry.wordEnd()).isTrue();
  }

  @Test
  void validates() {
    assertThatThrownBy(
            () -> new DiscardEntry("GROUP A_", DiscardEntry.Scope.STORY, true, "", "x", 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new DiscardEntry("group a", null, true, "", "x", 1))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(
            () -> new DiscardEntry("group a", DiscardEntry.Scope.STORY, true, "", "x", -3))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
