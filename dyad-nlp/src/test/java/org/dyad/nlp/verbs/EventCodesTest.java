package org.dyad.nlp.verbs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EventCodesTest {

  @Test
  void writesEachFormAsTheDictionaryDoes() {
    assertThat(EventCodes.of("163")).hasToString("[163]");
    assertThat(new EventCodes("042", "043")).hasToString("[042:043]");
    assertThat(new EventCodes(null, "173")).hasToString("[:173]");
    assertThat(EventCodes.NONE).hasToString("[---]");
  }

  @Test
  void onlyTheEmptyPairIsNone() {
    assertThat(EventCodes.NONE.isNone()).isTrue();
    assertThat(new EventCodes(null, "173").isNone()).isFalse();
    assertThat(EventCodes.of("010").isNone()).isFalse();
  }

  @Test
  void refusesBlankCodes() {
    assertThatThrownBy(() -> new EventCodes(" ", null)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new EventCodes("010", "")).isInstanceOf(IllegalArgumentException.class);
  }
}
