package org.dyad.analysis.trend;

import java.util.Arrays;

/**
 * The Theil–Sen slope: the median of the slopes (y_j − y_i) / (x_j − x_i) over all pairs with
 * different x. Robust: up to about 29% of the points can be outliers without moving it far.
 * Time O(n² log n), memory O(n²) — a series has a few dozen periods.
 *
 * <p>Theil, "A rank-invariant method of linear and polynomial regression analysis" (1950); Sen,
 * "Estimates of the regression coefficient based on Kendall's tau", JASA 63 (1968).
 */
public final class TheilSen {

  private TheilSen() {}

  /** The slope, in units of y per unit of x; 0 when fewer than two distinct x. */
  public static double slope(double[] x, double[] y) {
    if (x.length != y.length) {
      throw new IllegalArgumentException("x and y differ in length: " + x.length + " and " + y.length);
    }
    double[] slopes = new double[x.length * (x.length - 1) / 2];
    int count = 0;
    for (int i = 0; i < x.length; i++) {
      for (int j = i + 1; j < x.length; j++) {
        if (x[j] != x[i]) {
          slopes[count++] = (y[j] - y[i]) / (x[j] - x[i]);
        }
      }
    }
    if (count == 0) {
      return 0;
    }
    double[] sorted = Arrays.copyOf(slopes, count);
    Arrays.sort(sorted);
    return count % 2 == 1 ? sorted[count / 2] : (sorted[count / 2 - 1] + sorted[count / 2]) / 2;
  }
}
