package org.dyad.nlp.dictionary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DictionaryWarningTest {

  @Test
  void printsAsFileLineMessage() {
    assertThat(new DictionaryWarning("a.txt", 12, "bad date").toString())
        .isEqualTo("a.txt:12: bad date");
  }

  @Test
  void ordersByFileThenLine() {
    DictionaryWarning a2 = new DictionaryWarning("a", 2, "m");
    DictionaryWarning a10 = new DictionaryWarning("a", 10, "m");
    DictionaryWarning b1 = new DictionaryWarning("b", 1, "m");
    assertThat(java.util.stream.Stream.of(b1, a10, a2).sorted()).containsExactly(a2, a10, b1);
  }

  @Test
  void validates() {
    assertThatThrownBy(() -> new DictionaryWarning("a", 0, "m"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new DictionaryWarning("a", 1, " "))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new DictionaryWarning(null, 1, "m"))
        .isInstanceOf(NullPointerException.class);
  }
}
