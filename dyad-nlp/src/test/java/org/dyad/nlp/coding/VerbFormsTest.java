package org.dyad.nlp.coding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VerbFormsTest {

  @Test
  void regularInflectionsAreTheVerbs() {
    assertThat(VerbForms.misinflected("DEPART", "DEPARTS")).isFalse();
    assertThat(VerbForms.misinflected("DEPART", "DEPARTED")).isFalse();
    assertThat(VerbForms.misinflected("PUSH", "PUSHES")).isFalse();
    assertThat(VerbForms.misinflected("AGREE", "AGREED")).isFalse();
    assertThat(VerbForms.misinflected("CARRY", "CARRIES")).isFalse();
    assertThat(VerbForms.misinflected("CARRY", "CARRIED")).isFalse();
    assertThat(VerbForms.misinflected("STOP", "STOPPED")).isFalse();
    assertThat(VerbForms.misinflected("attack", "attacking")).isFalse();
  }

  @Test
  void endingsEnglishWouldNotGiveAreNot() {
    assertThat(VerbForms.misinflected("DEPART", "DEPARTES")).isTrue();
    assertThat(VerbForms.misinflected("PUSH", "PUSHS")).isTrue();
    assertThat(VerbForms.misinflected("AGREE", "AGREEED")).isTrue();
    assertThat(VerbForms.misinflected("ATTACK", "ATTACKD")).isTrue();
    assertThat(VerbForms.misinflected("CARRY", "CARRYS")).isTrue();
  }

  @Test
  void irregularFormsAreLeftToTheDictionary() {
    assertThat(VerbForms.misinflected("FIGHT", "FOUGHT")).isFalse();
    assertThat(VerbForms.misinflected("GO", "WENT")).isFalse();
    assertThat(VerbForms.misinflected("", "WENT")).isFalse();
  }
}
