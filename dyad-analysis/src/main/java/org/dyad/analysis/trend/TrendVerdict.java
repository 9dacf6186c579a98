package org.dyad.analysis.trend;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Whether two actors are moving closer, drifting apart, holding steady, or too little is known. */
public enum TrendVerdict {
  CLOSER,
  APART,
  STABLE,
  INSUFFICIENT_EVIDENCE;

  /** Fewer periods with data than this is too little to speak of a trend. */
  public static final int MIN_PERIODS = 6;
  /** Fewer clusters (events, when counting events) than this is too little. */
  public static final long MIN_COUNTED = 15;
  /** The Mann–Kendall significance level. */
  public static final double ALPHA = 0.05;

  /**
   * The verdict rule: {@code insufficient_evidence} below {@value #MIN_PERIODS} periods with data
   * or {@value #MIN_COUNTED} clusters; otherwise {@code closer} or {@code apart} when the
   * Mann–Kendall p is below {@value #ALPHA} with a rising or falling Theil–Sen slope (a slope of
   * exactly 0 takes the sign of S), else {@code stable}.
   */
  public static TrendVerdict of(int periods, long counted, double slope, MannKendall.Result test) {
    if (periods < MIN_PERIODS || counted < MIN_COUNTED) {
      return INSUFFICIENT_EVIDENCE;
    }
    if (test.p() >= ALPHA) {
      return STABLE;
    }
    double direction = slope != 0 ? slope : test.s();
    return direction > 0 ? CLOSER : direction < 0 ? APART : STABLE;
  }

  /** The name as JSON and the answer key write it: {@code insufficient_evidence}. */
  @JsonValue
  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }
}
