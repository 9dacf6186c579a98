package org.dyad.analysis.relate;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dyad.analysis.trend.BinarySegmentation;
import org.dyad.analysis.trend.MannKendall;
import org.dyad.analysis.trend.TheilSen;
import org.dyad.analysis.trend.TrendVerdict;
import org.dyad.core.analysis.DyadQuery;
import org.dyad.core.analysis.EvidenceItem;
import org.dyad.core.analysis.PeriodCounts;
import org.dyad.core.store.RelationStore;

/**
 * {@code dyad relate A B} as a service: the dyad's series from the store, the Theil–Sen slope and
 * Mann–Kendall test of its net cooperation, change points by binary segmentation, the verdict
 * rule of {@link TrendVerdict}, and the evidence per period. The CLI and the REST API both call it.
 */
public final class DyadRelation {

  /** Change-point segments hold at least this many periods. */
  private static final int MIN_SEGMENT = 2;

  private final RelationStore store;

  public DyadRelation(RelationStore store) {
    this.store = store;
  }

  public Relation relate(DyadQuery query, int evidencePerPeriod) throws IOException {
    List<PeriodCounts> series = store.series(query);
    List<EvidenceItem> evidence = store.evidence(query, evidencePerPeriod);
    double[] x = new double[series.size()];
    double[] y = new double[series.size()];
    long counted = 0;
    for (int i = 0; i < series.size(); i++) {
      PeriodCounts period = series.get(i);
      x[i] = i == 0 ? 0 : x[i - 1] + gap(query, series.get(i - 1).period(), period.period());
      y[i] = period.netCoop();
      counted += period.counted(query.rawEvents());
    }
    MannKendall.Result test = MannKendall.test(y);
    double slope = TheilSen.slope(x, y);
    Double mean = series.isEmpty() ? null : java.util.Arrays.stream(y).average().orElseThrow();
    Relation.Trend trend = new Relation.Trend(series.size(), counted, slope, test.p(), test.s(), test.z(), mean);
    TrendVerdict verdict = TrendVerdict.of(series.size(), counted, slope, test);
    List<Relation.ChangePoint> changes = changePoints(series, y);
    return new Relation(List.of(query.a().code(), query.b().code()), query.by().word(), query.directed(),
        query.rawEvents() ? "events" : query.weighted() ? Relation.WEIGHTED_CLUSTERS : "clusters", query.from(), query.to(), series, verdict, trend, changes, evidence,
        summary(query, verdict, trend));
  }

  /** Periods between two labels, so a year without data still counts as a year on the time axis. */
  private static long gap(DyadQuery query, String before, String after) {
    return query.by().index(query.by().startOf(after)) - query.by().index(query.by().startOf(before));
  }

  private static List<Relation.ChangePoint> changePoints(List<PeriodCounts> series, double[] y) {
    List<Relation.ChangePoint> changes = new ArrayList<>();
    List<Integer> points = new BinarySegmentation(MIN_SEGMENT).changePoints(y);
    int start = 0;
    for (int p = 0; p < points.size(); p++) {
      int at = points.get(p);
      int end = p + 1 < points.size() ? points.get(p + 1) : y.length;
      changes.add(new Relation.ChangePoint(series.get(at).period(), mean(y, start, at), mean(y, at, end)));
      start = at;
    }
    return changes;
  }

  private static double mean(double[] y, int from, int to) {
    double total = 0;
    for (int i = from; i < to; i++) {
      total += y[i];
    }
    return total / (to - from);
  }

  private static String summary(DyadQuery query, TrendVerdict verdict, Relation.Trend trend) {
    String dyad = query.a().code() + (query.directed() ? " → " : " – ") + query.b().code();
    String unit = query.rawEvents() ? "events" : "clusters";
    if (verdict == TrendVerdict.INSUFFICIENT_EVIDENCE) {
      return String.format(Locale.ROOT, "%s: insufficient evidence — %d %s in %d %ss with data (a verdict needs %d %ss and %d %s).",
          dyad, trend.counted(), unit, trend.periods(), query.by().word(), TrendVerdict.MIN_PERIODS, query.by().word(),
          TrendVerdict.MIN_COUNTED, unit);
    }
    String words = switch (verdict) {
      case CLOSER -> "moving closer";
      case APART -> "moving apart";
      default -> "stable, no significant trend";
    };
    return String.format(Locale.ROOT, "%s: %s — net cooperation changes by %+.3f per %s (Theil–Sen), Mann–Kendall S = %d,"
            + " p = %.4f, over %d %s in %d %ss; mean net cooperation %+.2f.",
        dyad, words, trend.slope(), query.by().word(), trend.mannKendallS(), trend.pValue(), trend.counted(), unit,
        trend.periods(), query.by().word(), trend.meanNetCoop());
  }
}
