package org.dyad.analysis.relate;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.dyad.analysis.trend.TrendVerdict;
import org.dyad.core.analysis.EvidenceItem;
import org.dyad.core.analysis.PeriodCounts;

/**
 * The answer to "are these two actors moving closer, and on what evidence?": the dyad's series,
 * its trend and verdict, where the relationship shifted, and the evidence behind each period.
 * Serialises through {@code DyadJson} to the JSON of {@code dyad relate --json} and the REST API.
 *
 * @param dyad the two members' codes as asked
 * @param by month, quarter or year
 * @param directed whether only the first member's actions on the second count
 * @param counting {@code clusters}, {@code events}, or {@value #WEIGHTED_CLUSTERS} when each cluster
 *     weighs its confidence in net_coop (and so in the trend and verdict)
 * @param from the earliest date counted, or null
 * @param to the latest date counted, or null
 * @param series the periods with data, in time order
 * @param verdict closer, apart, stable or insufficient_evidence
 * @param trend the numbers behind the verdict
 * @param changePoints where the mean of net_coop shifts
 * @param evidence the strongest evidence in each period, most corroborated first
 * @param summary the verdict in words with the numbers behind it
 */
public record Relation(
    List<String> dyad,
    String by,
    boolean directed,
    String counting,
    LocalDate from,
    LocalDate to,
    List<PeriodCounts> series,
    TrendVerdict verdict,
    Trend trend,
    @JsonProperty("change_points") List<ChangePoint> changePoints,
    List<EvidenceItem> evidence,
    String summary) {

  /** The {@code counting} of a relation whose clusters weigh their confidence. */
  public static final String WEIGHTED_CLUSTERS = "clusters weighted by confidence";

  public Relation {
    dyad = List.copyOf(dyad);
    series = List.copyOf(series);
    changePoints = List.copyOf(changePoints);
    evidence = List.copyOf(evidence);
    Objects.requireNonNull(by, "by");
    Objects.requireNonNull(counting, "counting");
    Objects.requireNonNull(verdict, "verdict");
    Objects.requireNonNull(trend, "trend");
    Objects.requireNonNull(summary, "summary");
  }

  /**
   * @param periods periods with data
   * @param counted clusters (events when counting events) over all periods
   * @param slope Theil–Sen slope of net_coop per period
   * @param pValue two-sided Mann–Kendall p value
   * @param mannKendallS Mann–Kendall S
   * @param z the standardised S
   * @param meanNetCoop mean net_coop over the periods, or null without periods
   */
  public record Trend(
      int periods,
      long counted,
      double slope,
      @JsonProperty("p_value") double pValue,
      @JsonProperty("mann_kendall_s") long mannKendallS,
      double z,
      @JsonProperty("mean_net_coop") Double meanNetCoop) {}

  /**
   * @param period the first period of the new segment
   * @param before mean net_coop of the segment before
   * @param after mean net_coop of the segment from {@code period} on
   */
  public record ChangePoint(String period, double before, double after) {

    public ChangePoint {
      Objects.requireNonNull(period, "period");
    }
  }
}
