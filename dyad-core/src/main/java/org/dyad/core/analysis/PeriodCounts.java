package org.dyad.core.analysis;

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
 * @param netCoop {@code (quad1 + quad2 − quad3 − quad4) / counted}, −1 (all conflict) to +1
 * @param outlets distinct outlets that reported the dyad in the period
 * @param shareOfAll the dyad's share of everything counted in the period, 0 to 1: a dyad merely
 *     reported more is not closer
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
    @JsonProperty("share_of_all") double shareOfAll) {

  public PeriodCounts {
    Objects.requireNonNull(period, "period");
    if (events < 0 || clusters < 0 || clusters > events || quad1 < 0 || quad2 < 0 || quad3 < 0 || quad4 < 0 || outlets < 0) {
      throw new IllegalArgumentException(period + ": counts must be non-negative and clusters at most events");
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
