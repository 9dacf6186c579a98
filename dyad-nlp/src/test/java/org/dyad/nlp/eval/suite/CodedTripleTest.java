package org.dyad.nlp.eval.suite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CodedTripleTest {

  @Test
  void theRootCutsActorsToThreeCharactersAndTheCodeToTwo() {
    assertThat(new CodedTriple("GONGOV", "---REL", "0871").root()).isEqualTo(new CodedTriple("GON", "---", "08"));
    assertThat(new CodedTriple("ARN", "GON", "04").root()).isEqualTo(new CodedTriple("ARN", "GON", "04"));
    assertThat(new CodedTriple("\"INJURY TOLL\"", "OSG", "223").root()).isEqualTo(new CodedTriple("\"IN", "OSG", "22"));
  }

  @Test
  void actorRootsUseTheSharedIsoSpelling() {
    assertThat(new CodedTriple("JAPGOV", "ITL", "042").root()).isEqualTo(new CodedTriple("JPN", "ITA", "04"));
  }

  @Test
  void everyPartIsRequired() {
    assertThatThrownBy(() -> new CodedTriple("ARN", " ", "040")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CodedTriple("ARN", "GON", null)).isInstanceOf(NullPointerException.class);
  }
}
