package org.dyad.analysis.trend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class NormalDistributionTest {

  @Test
  void knownTailAreas() {
    assertThat(NormalDistribution.upperTail(0)).isCloseTo(0.5, within(1e-7));
    assertThat(NormalDistribution.upperTail(1.959964)).isCloseTo(0.025, within(1e-7));
    assertThat(NormalDistribution.upperTail(-1.959964)).isCloseTo(0.975, within(1e-7));
    assertThat(NormalDistribution.upperTail(3)).isCloseTo(0.0013499, within(1e-7));
  }
}
