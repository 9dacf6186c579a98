package org.dyad.analysis.trend;

import java.util.ArrayList;
import java.util.List;

/**
 * Change points in the mean of a series by binary segmentation: find the single split of a
 * segment that most reduces the sum of squared deviations from the segment means; keep it when
 * the reduction exceeds the penalty 2·σ²·ln n (a BIC-style penalty), then search both halves the
 * same way. The noise variance σ² is estimated from successive differences, Σ(y_{i+1} − y_i)² /
 * 2(n − 1) (von Neumann et al., Ann. Math. Statist. 12, 1941), which a shift in the mean barely
 * inflates, unlike the plain variance.
 * Segments hold at least {@code minSegment} points. Time O(n log n) on balanced splits, O(n²) at
 * worst, using prefix sums for each segment's cost.
 *
 * <p>Scott and Knott, "A cluster analysis method for grouping means in the analysis of variance",
 * Biometrics 30 (1974); as reviewed in Killick, Fearnhead and Eckley, "Optimal detection of
 * changepoints with a linear computational cost", JASA 107 (2012), §1.
 */
public final class BinarySegmentation {

  private final int minSegment;

  public BinarySegmentation(int minSegment) {
    if (minSegment < 1) {
      throw new IllegalArgumentException("segments need at least one point, got " + minSegment);
    }
    this.minSegment = minSegment;
  }

  /** The indices at which a new segment starts, ascending; empty when the mean never shifts. */
  public List<Integer> changePoints(double[] y) {
    int n = y.length;
    double[] sum = new double[n + 1];
    double[] squares = new double[n + 1];
    for (int i = 0; i < n; i++) {
      sum[i + 1] = sum[i] + y[i];
      squares[i + 1] = squares[i] + y[i] * y[i];
    }
    List<Integer> points = new ArrayList<>();
    if (n < 2 * minSegment) {
      return points;
    }
    double variance = noiseVariance(y);
    if (cost(sum, squares, 0, n) <= 1e-12) {
      return points;
    }
    split(sum, squares, 0, n, 2 * variance * Math.log(n), points);
    points.sort(null);
    return points;
  }

  private void split(double[] sum, double[] squares, int from, int to, double penalty, List<Integer> points) {
    double whole = cost(sum, squares, from, to);
    double best = Double.POSITIVE_INFINITY;
    int bestAt = -1;
    for (int at = from + minSegment; at <= to - minSegment; at++) {
      double cost = cost(sum, squares, from, at) + cost(sum, squares, at, to);
      if (cost < best - 1e-12) {
        best = cost;
        bestAt = at;
      }
    }
    if (bestAt < 0 || whole - best <= penalty) {
      return;
    }
    points.add(bestAt);
    split(sum, squares, from, bestAt, penalty, points);
    split(sum, squares, bestAt, to, penalty, points);
  }

  private static double noiseVariance(double[] y) {
    double squares = 0;
    for (int i = 1; i < y.length; i++) {
      squares += (y[i] - y[i - 1]) * (y[i] - y[i - 1]);
    }
    return squares / (2.0 * (y.length - 1));
  }

  /** Σ (y − mean)² over [from, to). */
  private static double cost(double[] sum, double[] squares, int from, int to) {
    int count = to - from;
    double total = sum[to] - sum[from];
    return Math.max(0, squares[to] - squares[from] - total * total / count);
  }
}
