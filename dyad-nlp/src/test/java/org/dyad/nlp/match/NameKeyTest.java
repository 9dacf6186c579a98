package org.dyad.nlp.match;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameKeyTest {

  @Test
  void foldsCaseDiacriticsApostrophesDotsAndPossessives() {
    assertThat(NameKey.of("Qa'ida")).isEqualTo("qaida");
    assertThat(NameKey.of("Qa’ida")).isEqualTo("qaida");
    assertThat(NameKey.of("QAÏDA")).isEqualTo("qaida");
    assertThat(NameKey.of("Iran's")).isEqualTo("iran");
    assertThat(NameKey.of("U.S.")).isEqualTo("us");
    assertThat(NameKey.of("Tehrān")).isEqualTo("tehran");
    assertThat(NameKey.of("'")).isEmpty();
  }

  @Test
  void hyphensSplitPhrases() {
    assertThat(NameKey.ofPhrase("al-qa'ida in the arabian peninsula"))
        .containsExactly("al", "qaida", "in", "the", "arabian", "peninsula");
    assertThat(NameKey.ofPhrase("al qaida")).isEqualTo(NameKey.ofPhrase("al-qaida"));
  }
}
