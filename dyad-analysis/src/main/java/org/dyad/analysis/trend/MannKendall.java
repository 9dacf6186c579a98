package org.dyad.analysis.trend;

import java.util.Arrays;

/**
 * The Mann–Kendall test for a monotonic trend in a series taken in time order: S = Σ_{i<j}
 * sign(y_j − y_i); under no trend S has mean 0 and variance [n(n−1)(2n+5) − Σ_t t(t−1)(2t+5)] / 18,
 * t running over the sizes of groups of tied values. The two-sided p value is from the normal
 * approximation with continuity correction, z = (S − sign(S)) / √Var(S); with zero variance (all
 * values equal) p is 1. Time O(n²).
 *
 * <p>Mann, "Nonparametric tests against trend", Econometrica 13 (1945); Kendall, Rank Correlation
 * Methods (1975); the tie correction as in Hipel and McLeod, Time Series Modelling of Water
 * Resources and Environmental Systems (1994), ch. 23.
 */
public final class MannKendall {

  private MannKendall() {}

  /** The test on {@code y}, its values in time order. */
  public static Result test(double[] y) {
    long s = 0;
    for (int i = 0; i < y.length; i++) {
      for (int j = i + 1; j < y.length; j++) {
        s += Double.compare(y[j], y[i]) > 0 ? 1 : y[j] == y[i] ? 0 : -1;
      }
    }
    double variance = variance(y);
    if (variance <= 0) {
      return new Result(s, 0, 0, 1);
    }
    double z = s == 0 ? 0 : (s - Math.signum(s)) / Math.sqrt(variance);
    double p = Math.min(1, 2 * NormalDistribution.upperTail(Math.abs(z)));
    return new Result(s, variance, z, p);
  }

  private static double variance(double[] y) {
    long n = y.length;
    double variance = n * (n - 1) * (2 * n + 5);
    double[] sorted = y.clone();
    Arrays.sort(sorted);
    int start = 0;
    while (start < sorted.length) {
      int end = start;
      while (end + 1 < sorted.length && sorted[end + 1] == sorted[start]) {
        end++;
      }
      long t = end - start + 1;
      variance -= t * (t - 1) * (2 * t + 5);
      start = end + 1;
    }
    return variance / 18;
  }

  /**
   * @param s the statistic S: concordant minus discordant pairs
   * @param variance Var(S) with the tie correction
   * @param z the standardised statistic with continuity correction
   * @param p the two-sided p value
   */
  public record Result(long s, double variance, double z, double p) {

    public Result {
      if (variance < 0 || p < 0 || p > 1) {
        throw new IllegalArgumentException("variance " + variance + " or p " + p + " out of range");
      }
    }
  }
}
