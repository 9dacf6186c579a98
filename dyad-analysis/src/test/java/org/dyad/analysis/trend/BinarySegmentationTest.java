package org.dyad.analysis.trend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BinarySegmentationTest {

  @Test
  void findsTheShiftInTheMean() {
    // Iran–al-Qaeda in the key: −1 for six years, then mostly +1.
    double[] y = {-1, -1, -1, -1, -1, -1, 1, 0, 1, 1, 1, 1};
    assertThat(new BinarySegmentation(2).changePoints(y)).containsExactly(6);
  }

  @Test
  void findsTwoShifts() {
    double[] y = {0, 0, 0, 0, 5, 5, 5, 5, 0, 0, 0, 0};
    assertThat(new BinarySegmentation(2).changePoints(y)).containsExactly(4, 8);
  }

  @Test
  void aConstantOrNoisyFlatSeriesHasNone() {
    assertThat(new BinarySegmentation(2).changePoints(new double[] {1, 1, 1, 1, 1, 1})).isEmpty();
    assertThat(new BinarySegmentation(2).changePoints(new double[] {0.1, -0.1, 0.1, -0.1, 0.1, -0.1, 0.1, -0.1})).isEmpty();
  }

  @Test
  void tooShortToSplit() {
    assertThat(new BinarySegmentation(2).changePoints(new double[] {-1, 1, 1})).isEmpty();
    assertThatThrownBy(() -> new BinarySegmentation(0)).isInstanceOf(IllegalArgumentException.class);
  }
}
