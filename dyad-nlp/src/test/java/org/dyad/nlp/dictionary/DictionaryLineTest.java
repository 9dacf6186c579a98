package org.dyad.nlp.dictionary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DictionaryLineTest {

  @Test
  void holdsContentAndComment() {
    DictionaryLine line = new DictionaryLine(3, "HEZBOLLAH_ [LBNREB]", "kkl 21 Mar 13");
    assertThat(line.content()).startsWith("HEZBOLLAH_");
    assertThat(line.comment()).isEqualTo("kkl 21 Mar 13");
  }

  @Test
  void validates() {
    assertThatThrownBy(() -> new DictionaryLine(0, "x", ""))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new DictionaryLine(1, "  ", ""))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
