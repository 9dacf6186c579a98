package org.dyad.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CameoOntologyTest {

  @Test
  void holdsTheCameoCodesWithTheirFacts() {
    CameoOntology cameo = CameoOntology.cameo();
    assertThat(cameo.codes()).hasSize(311);
    CameoCode sanctions = cameo.find("163").orElseThrow();
    assertThat(sanctions.goldstein()).isEqualTo(-8.0);
    assertThat(sanctions.quad()).isEqualTo(4);
    assertThat(sanctions.root()).isEqualTo("16");
    assertThat(cameo.find("075A")).isEmpty();
    assertThat(cameo.codes()).allSatisfy(code -> assertThat(cameo.contains(code.root())).as(code.code()).isTrue());
  }
}
