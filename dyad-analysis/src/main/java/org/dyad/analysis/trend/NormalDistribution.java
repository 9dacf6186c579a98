package org.dyad.analysis.trend;

/**
 * The upper tail 1 − Φ(z) of the standard normal distribution, through the complementary error
 * function, approximated by the Chebyshev-fitted formula of Press et al., Numerical Recipes in C
 * (2nd ed., 1992, §6.2, function erfcc), whose fractional error is below 1.2·10⁻⁷ everywhere:
 * enough for p values reported to four places. Constant time.
 */
final class NormalDistribution {

  private NormalDistribution() {}

  static double upperTail(double z) {
    return 0.5 * erfc(z / Math.sqrt(2));
  }

  /** erfc(x) with fractional error below 1.2e-7 everywhere. */
  static double erfc(double x) {
    double z = Math.abs(x);
    double t = 1 / (1 + 0.5 * z);
    double poly = -z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418
        + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587
        + t * (-0.82215223 + t * 0.17087277))))))));
    double value = t * Math.exp(poly);
    return x >= 0 ? value : 2 - value;
  }
}
