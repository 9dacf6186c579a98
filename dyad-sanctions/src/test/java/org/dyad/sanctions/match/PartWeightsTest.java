package org.dyad.sanctions.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PartWeightsTest {

  @Test
  void rarePartsWeighMoreThanCommonOnes() {
    PartWeights weights = new PartWeights();
    weights.count(NameParts.of("Muhammad Ali"));
    weights.count(NameParts.of("Muhammad Hasan"));
    weights.count(NameParts.of("Muhammad Muhammad Zawahiri"));
    assertThat(weights.frequency("muhammad")).as("counted once per name").isEqualTo(3);
    assertThat(weights.weight("muhammad")).isCloseTo(Math.log(2 + 3 / 4.0), within(1e-12));
    assertThat(weights.weight("zawahiri")).isCloseTo(Math.log(2 + 3 / 2.0), within(1e-12));
    assertThat(weights.weight("unknown")).isGreaterThan(weights.weight("zawahiri"));
  }
}
