package org.dyad.analysis.trend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.lists;

import org.junit.jupiter.api.Test;

class MannKendallTest {

  @Test
  void aStrictlyRisingSeriesOfFour() {
    // S = 6 pairs, all rising; Var = 4·3·13/18 = 8.667; z = (6 − 1)/√8.667 = 1.698.
    MannKendall.Result result = MannKendall.test(new double[] {1, 2, 3, 4});
    assertThat(result.s()).isEqualTo(6);
    assertThat(result.variance()).isCloseTo(8.6667, within(1e-4));
    assertThat(result.z()).isCloseTo(1.6984, within(1e-4));
    assertThat(result.p()).isCloseTo(0.0894, within(1e-4));
  }

  @Test
  void tiesLowerTheVariance() {
    // y = 1, 1, 2: S = 2; Var = (3·2·11 − 2·1·9)/18 = 2.667; z = 1/√2.667 = 0.612; p = 0.540.
    MannKendall.Result result = MannKendall.test(new double[] {1, 1, 2});
    assertThat(result.s()).isEqualTo(2);
    assertThat(result.variance()).isCloseTo(2.6667, within(1e-4));
    assertThat(result.p()).isCloseTo(0.5403, within(1e-4));
  }

  @Test
  void aConstantSeriesHasNoVarianceAndPOne() {
    MannKendall.Result result = MannKendall.test(new double[] {0.5, 0.5, 0.5, 0.5, 0.5, 0.5});
    assertThat(result.s()).isZero();
    assertThat(result.p()).isEqualTo(1.0);
  }

  @Test
  void fallingIsTheMirrorOfRising() {
    MannKendall.Result result = MannKendall.test(new double[] {4, 3, 2, 1});
    assertThat(result.s()).isEqualTo(-6);
    assertThat(result.p()).isCloseTo(0.0894, within(1e-4));
  }

  @Test
  void reversingASeriesNegatesSAndKeepsP() {
    qt().forAll(lists().of(doubles().between(-1, 1)).ofSizeBetween(2, 30)).checkAssert(values -> {
      double[] y = values.stream().mapToDouble(Double::doubleValue).toArray();
      double[] reversed = new double[y.length];
      for (int i = 0; i < y.length; i++) {
        reversed[i] = y[y.length - 1 - i];
      }
      MannKendall.Result forward = MannKendall.test(y);
      MannKendall.Result backward = MannKendall.test(reversed);
      assertThat(backward.s()).isEqualTo(-forward.s());
      assertThat(backward.p()).isCloseTo(forward.p(), within(1e-12));
      assertThat(forward.p()).isBetween(0.0, 1.0);
    });
  }
}
