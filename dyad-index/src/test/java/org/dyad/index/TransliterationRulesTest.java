package org.dyad.index;

import static org.assertj.core.api.Assertions.assertThat;

import org.dyad.index.TransliterationRules.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TransliterationRulesTest {

  private final TransliterationRules rules = new TransliterationRules();

  @Test
  void everyExampleMapsToItsFamily() {
    for (Rule rule : TransliterationRules.RULES) {
      for (String example : rule.examples()) {
        assertThat(rules.canonical(example)).as(example).isEqualTo(rule.canonical());
      }
    }
  }

  @Test
  void canonicalKeysMapToThemselves() {
    for (Rule rule : TransliterationRules.RULES) {
      assertThat(rules.canonical(rule.canonical())).isEqualTo(rule.canonical());
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "the", "on", "un", "bed", "omen", "shake", "sheer", "ladder", "lady", "hamlet", "assist",
        "abduct", "abound", "quarantine", "dash", "tale", "jihadist", "hama", "isi", "umbrella",
        "mortar", "attack", "qaidaqaidaqaida"
      })
  void ordinaryWordsFitNoRule(String word) {
    assertThat(rules.canonical(word)).isNull();
  }

  @Test
  void matchesWholeTokensOnly() {
    assertThat(rules.canonical("qaedas")).isNull();
    assertThat(rules.canonical("xqaeda")).isNull();
  }
}
