package org.dyad.analysis.cluster;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Scores a clustering against gold clusters by its "same cluster" decisions on pairs of items:
 * precision is the share of pairs put together that the gold puts together, recall the share of
 * gold pairs put together. Both are needed: never merging gives perfect precision, merging
 * everything perfect recall. Counted through the contingency table of (gold, predicted) cluster
 * pairs, so time and memory are O(n), not O(n²).
 *
 * <p>The pair-counting measures of Rand ("Objective criteria for the evaluation of clustering
 * methods", JASA 66, 1971), reported as precision and recall as in entity-resolution evaluation.
 */
public final class PairwiseAgreement {

  private PairwiseAgreement() {}

  /**
   * @param gold the gold cluster of each item
   * @param predicted the predicted cluster of each item; items missing from it are scored as
   *     clusters of their own, items missing from {@code gold} are ignored
   */
  public static PairScore score(Map<String, String> gold, Map<String, String> predicted) {
    Map<String, Long> goldSizes = new HashMap<>();
    Map<String, Long> predictedSizes = new HashMap<>();
    Map<String, Long> bothSizes = new HashMap<>();
    for (Map.Entry<String, String> item : gold.entrySet()) {
      String goldCluster = Objects.requireNonNull(item.getValue(), "gold cluster of " + item.getKey());
      String predictedCluster = predicted.getOrDefault(item.getKey(), "\u0000" + item.getKey());
      goldSizes.merge(goldCluster, 1L, Long::sum);
      predictedSizes.merge(predictedCluster, 1L, Long::sum);
      bothSizes.merge(goldCluster + '\u001f' + predictedCluster, 1L, Long::sum);
    }
    return new PairScore(gold.size(), pairs(goldSizes), pairs(predictedSizes), pairs(bothSizes), goldSizes.size(),
        predictedSizes.size());
  }

  private static long pairs(Map<String, Long> sizes) {
    long pairs = 0;
    for (long size : sizes.values()) {
      pairs += size * (size - 1) / 2;
    }
    return pairs;
  }

  /**
   * @param items the items scored
   * @param goldPairs pairs the gold puts in one cluster
   * @param predictedPairs pairs the clustering puts in one cluster
   * @param agreedPairs pairs both put in one cluster
   * @param goldClusters distinct gold clusters
   * @param predictedClusters distinct predicted clusters
   */
  public record PairScore(long items, long goldPairs, long predictedPairs, long agreedPairs, long goldClusters,
      long predictedClusters) {

    public PairScore {
      if (agreedPairs > goldPairs || agreedPairs > predictedPairs || agreedPairs < 0) {
        throw new IllegalArgumentException("agreed pairs " + agreedPairs + " exceed gold " + goldPairs + " or predicted "
            + predictedPairs);
      }
    }

    /** Agreed over predicted pairs; 1 when nothing was merged. */
    public double precision() {
      return predictedPairs == 0 ? 1 : (double) agreedPairs / predictedPairs;
    }

    /** Agreed over gold pairs; 1 when the gold merges nothing. */
    public double recall() {
      return goldPairs == 0 ? 1 : (double) agreedPairs / goldPairs;
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }
}
