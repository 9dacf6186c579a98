package org.dyad.nlp.dictionary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PhrasesTest {

  @Test
  void underscoresAndBlanksAreOneSeparatorAndCaseIsDropped() {
    assertThat(Phrases.normalise("AL_QAEDA_")).isEqualTo("al qaeda");
    assertThat(Phrases.normalise(" Al  Qaeda\t")).isEqualTo("al qaeda");
    assertThat(Phrases.normalise("SUPREME_PEOPLE _COURT")).isEqualTo("supreme people court");
    assertThat(Phrases.normalise("HAMAS WING")).isEqualTo("hamas wing");
  }

  @Test
  void punctuationInsideTokensIsKept() {
    assertThat(Phrases.normalise("AL-QA'IDA")).isEqualTo("al-qa'ida");
    assertThat(Phrases.normalise("U.N._")).isEqualTo("u.n.");
  }

  @Test
  void nothingButSeparatorsIsEmpty() {
    assertThat(Phrases.normalise("_ _")).isEmpty();
    assertThat(Phrases.normalise("")).isEmpty();
  }

  @Test
  void lowerCasingIgnoresTheDefaultLocale() {
    // A Turkish default locale would turn I into a dotless i.
    assertThat(Phrases.normalise("ISTANBUL")).isEqualTo("istanbul");
  }

  @Test
  void requireNormalAcceptsOnlyNormalisedNonEmptyPhrases() {
    assertThat(Phrases.requireNormal("al qaeda", "phrase")).isEqualTo("al qaeda");
    assertThatThrownBy(() -> Phrases.requireNormal("AL_QAEDA", "phrase"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("phrase");
    assertThatThrownBy(() -> Phrases.requireNormal("", "phrase"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Phrases.requireNormal(null, "phrase"))
        .isInstanceOf(NullPointerException.class);
  }
}
