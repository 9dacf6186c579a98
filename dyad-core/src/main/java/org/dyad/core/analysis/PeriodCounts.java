package org.dyad.core.analysis;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * What a dyad did in one period.
 *
 * @param period the period's label ({@code 2011}, {@code 2011-Q3}, {@code 2011-07})
 * @param events coded events, each report counted
 * @param clusters distinct real-world events (event clusters)
 * @param quad1 verbal cooperation: clusters, or events when counting events
 * @param quad2 material cooperation
 * @param quad3 verbal conflict
 * @param quad4 material conflict
 * @param goldsteinMean mean Goldstein score of what is counted, or null when no code has one
 * @param netCoop {@code (quad1 + quad2 − quad3 − quad4) / counted}, −1 (all conflict) to +1; when
 *     weighing by confidence, the same with each cluster counted as its confidence:
 *     {@code (Σ conf over quads 1–2 − Σ conf over quads 3–4) / Σ conf over all clusters}
 * @param outlets distinct outlets that reported the dyad in the period
 * @param shareOfAll the dyad's share of everything counted in the period, 0 to 1: a dyad merely
 *     reported more is not closer
 * @param weightedClusters when weighing by confidence, the sum of the period's cluster confidences
 *     (a cluster rated 0.4 counts as 0.4 of a cluster); null, and absent from JSON, otherwise
 */
public record PeriodCounts(
    String period,
    long events,
    long clusters,
    long quad1,
    long quad2,
    long quad3,
    long quad4,
    @JsonProperty("goldstein_mean") Double goldsteinMean,
    @JsonProperty("net_coop") double netCoop,
    long outlets,
    @JsonProperty("share_of_all") double shareOfAll,
    @JsonProperty("weighted_clusters") @JsonInclude(JsonInclude.Include.NON_NULL) Double weightedClusters) {

  /** Unweighted counts. */
  public PeriodCounts(String period, long events, long clusters, long quad1, long quad2, long quad3, long quad4,
      Double goldsteinMean, double netCoop, long outlets, double shareOfAll) {
    this(period, events, clusters, quad1, quad2, quad3, quad4, goldsteinMean, netCoop, outlets, shareOfAll, null);
  }

  public PeriodCounts {
    Objects.requireNonNull(period, "period");
    if (events < 0 || clusters < 0 || clusters > events || quad1 < 0 || quad2 < 0 || quad3 < 0 || quad4 < 0 || outlets < 0) {
      throw new IllegalArgumentException(period + ": counts must be non-negative and clusters at most events");
    }
    if (weightedClusters != null && !(weightedClusters >= 0 && weightedClusters <= clusters + 1e-9)) {
      throw new IllegalArgumentException(period + ": weighted clusters " + weightedClusters + " outside 0.." + clusters);
    }
    if (netCoop < -1 - 1e-9 || netCoop > 1 + 1e-9 || shareOfAll < 0 || shareOfAll > 1 + 1e-9) {
      throw new IllegalArgumentException(period + ": net_coop " + netCoop + " or share " + shareOfAll + " out of range");
    }
  }

  /** How many interactions were counted: clusters, or events when counting raw events. */
  public long counted(boolean rawEvents) {
    return rawEvents ? events : clusters;
  }
}
