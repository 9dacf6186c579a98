package org.dyad.nlp.conllu;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConlluFieldsTest {

  @Test
  void onlyTabsAndLineBreaksBreakARow() {
    assertThat(ConlluFields.breaksRow("a b\\c")).isFalse();
    assertThat(ConlluFields.breaksRow("a\tb")).isTrue();
    assertThat(ConlluFields.breaksRow("a\nb")).isTrue();
    assertThat(ConlluFields.breaksRow("a\rb")).isTrue();
  }

  @Test
  void escapingIsReversible() {
    String raw = "a\tb\nc\rd\\e\\t";
    String escaped = ConlluFields.escape(raw);
    assertThat(escaped).isEqualTo("a\\tb\\nc\\rd\\\\e\\\\t");
    assertThat(ConlluFields.breaksRow(escaped)).isFalse();
    assertThat(ConlluFields.unescape(escaped)).isEqualTo(raw);
  }

  @Test
  void unknownOrDanglingEscapesAreRejected() {
    assertThat(ConlluFields.unescape("a\\x")).isNull();
    assertThat(ConlluFields.unescape("a\\")).isNull();
    assertThat(ConlluFields.unescape("plain")).isEqualTo("plain");
  }
}
