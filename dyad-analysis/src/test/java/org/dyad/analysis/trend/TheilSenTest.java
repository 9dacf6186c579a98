package org.dyad.analysis.trend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import org.junit.jupiter.api.Test;

class TheilSenTest {

  @Test
  void theMedianPairwiseSlopeIgnoresAnOutlier() {
    // Pairwise slopes 1, 1, 10/3, 1, 4.5, 8: sorted 1, 1, 1, 3.33, 4.5, 8; median (1 + 3.33)/2.
    double slope = TheilSen.slope(new double[] {0, 1, 2, 3}, new double[] {0, 1, 2, 10});
    assertThat(slope).isCloseTo(13.0 / 6, within(1e-12));
  }

  @Test
  void pairsWithTheSameXAreSkipped() {
    assertThat(TheilSen.slope(new double[] {1, 1, 2}, new double[] {0, 5, 1})).isCloseTo(-1.5, within(1e-12));
    assertThat(TheilSen.slope(new double[] {3}, new double[] {1})).isZero();
  }

  @Test
  void xAndYMustPair() {
    assertThatThrownBy(() -> TheilSen.slope(new double[] {1, 2}, new double[] {1})).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aStraightLineGivesItsSlope() {
    qt().forAll(doubles().between(-5, 5), doubles().between(-5, 5), integers().between(2, 40)).checkAssert((a, b, n) -> {
      double[] x = new double[n];
      double[] y = new double[n];
      for (int i = 0; i < n; i++) {
        x[i] = 2000 + i;
        y[i] = a + b * i;
      }
      assertThat(TheilSen.slope(x, y)).isCloseTo(b, within(1e-9));
    });
  }
}
