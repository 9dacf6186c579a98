package org.dyad.nlp.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CameoRootTest {

  @Test
  void isTheFirstThreeCharactersUpperCased() {
    assertThat(CameoRoot.of("IRNGOV")).isEqualTo("IRN");
    assertThat(CameoRoot.of(" imgmusalq ")).isEqualTo("IMG");
    assertThat(CameoRoot.of("US")).isEqualTo("US");
  }

  @Test
  void spellsLegacyAndPhoenixCountryCodesTheIsoWay() {
    assertThat(CameoRoot.of("JAP")).isEqualTo("JPN");
    assertThat(CameoRoot.of("ITLGOV")).isEqualTo("ITA");
    assertThat(CameoRoot.of("VTN")).isEqualTo("VNM");
    assertThat(CameoRoot.of("TMPGOV")).isEqualTo("TLS");
    assertThat(CameoRoot.of("JPN")).isEqualTo("JPN");
  }

  @Test
  void hasARootWhenItStartsWithThreeLetters() {
    assertThat(CameoRoot.hasRoot("irn")).isTrue();
    assertThat(CameoRoot.hasRoot("IRNGOV")).isTrue();
    assertThat(CameoRoot.hasRoot("IR")).isFalse();
    assertThat(CameoRoot.hasRoot("---")).isFalse();
    assertThat(CameoRoot.hasRoot("I1N")).isFalse();
  }
}
