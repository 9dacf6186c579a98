package org.dyad.cli;

import java.io.PrintWriter;
import java.util.HashMap;
import java.util.Map;
import org.dyad.analysis.relate.Relation;
import org.dyad.core.analysis.EvidenceItem;
import org.dyad.core.analysis.Period;
import org.dyad.core.analysis.PeriodCounts;

/** The terminal view of a relation: a table per period, a sparkline of net cooperation, the verdict and evidence. */
final class RelationView {

  private static final String BLOCKS = "▁▂▃▄▅▆▇█";

  private RelationView() {}

  static void print(Relation relation, Period by, PrintWriter out) {
    out.printf("%s %s %s by %s (%s, counting %s)%n", relation.dyad().get(0), relation.directed() ? "→" : "–",
        relation.dyad().get(1), relation.by(), relation.directed() ? "one direction" : "both directions", relation.counting());
    if (relation.series().isEmpty()) {
      out.println("No events between them.");
      out.println(relation.summary());
      return;
    }
    boolean weighted = relation.series().getFirst().weightedClusters() != null;
    out.printf("%-8s %8s %6s %4s %4s %4s %4s %9s %8s %7s %6s%s%n", "PERIOD", "CLUSTERS", "EVENTS", "Q1", "Q2", "Q3", "Q4",
        "GOLDSTEIN", "NET_COOP", "OUTLETS", "SHARE", weighted ? "  WEIGHTED" : "");
    for (PeriodCounts period : relation.series()) {
      out.printf("%-8s %8d %6d %4d %4d %4d %4d %9s %+8.2f %7d %5.1f%%%s%n", period.period(), period.clusters(), period.events(),
          period.quad1(), period.quad2(), period.quad3(), period.quad4(),
          period.goldsteinMean() == null ? "-" : String.format("%+.2f", period.goldsteinMean()), period.netCoop(),
          period.outlets(), 100 * period.shareOfAll(),
          weighted ? String.format(java.util.Locale.ROOT, " %9.2f", period.weightedClusters()) : "");
    }
    out.println("net_coop " + sparkline(relation, by) + "  (" + relation.series().getFirst().period() + " … "
        + relation.series().getLast().period() + ", −1 conflict … +1 cooperation)");
    out.println();
    out.println("Verdict: " + relation.verdict().word().toUpperCase(java.util.Locale.ROOT).replace('_', ' '));
    out.println(relation.summary());
    for (Relation.ChangePoint change : relation.changePoints()) {
      out.printf("Change point: %s (mean net_coop %+.2f before, %+.2f from then on)%n", change.period(), change.before(),
          change.after());
    }
    printEvidence(relation, out);
  }

  /** One block per period from the first to the last, a blank where a period has no data. */
  static String sparkline(Relation relation, Period by) {
    Map<String, Double> values = new HashMap<>();
    relation.series().forEach(period -> values.put(period.period(), period.netCoop()));
    StringBuilder line = new StringBuilder();
    java.time.LocalDate last = by.startOf(relation.series().getLast().period());
    for (java.time.LocalDate start = by.startOf(relation.series().getFirst().period()); !start.isAfter(last);
        start = by.next(start)) {
      Double value = values.get(by.label(start));
      line.append(value == null ? ' ' : BLOCKS.charAt((int) Math.round((value + 1) / 2 * (BLOCKS.length() - 1))));
    }
    return line.toString();
  }

  /** "3 reports, 2 outlets, confidence 0.82": how well an evidence item is carried. */
  static String corroboration(EvidenceItem item) {
    return String.format(java.util.Locale.ROOT, "%d report%s, %d outlet%s%s", item.mentions(), item.mentions() == 1 ? "" : "s",
        item.outlets(), item.outlets() == 1 ? "" : "s",
        item.confidence() == null ? "" : String.format(java.util.Locale.ROOT, ", confidence %.2f", item.confidence()));
  }

  private static void printEvidence(Relation relation, PrintWriter out) {
    if (relation.evidence().isEmpty()) {
      return;
    }
    out.println();
    out.println("Evidence (most corroborated first in each period):");
    String period = null;
    for (EvidenceItem item : relation.evidence()) {
      if (!item.period().equals(period)) {
        period = item.period();
        out.println("  " + period);
      }
      out.printf("    %s %s %s %s — %s%n", item.date(), item.source(), item.code(), item.target(), corroboration(item));
      out.println("      \"" + Terminal.clip(item.sentence(), 150) + "\"");
      String ids = String.join(" ", item.eventIds().subList(0, Math.min(4, item.eventIds().size())))
          + (item.eventIds().size() > 4 ? " …" : "");
      out.println("      " + Terminal.clip(item.outlet() + ", " + item.title(), 100) + " (doc "
          + item.doc().substring(0, Math.min(12, item.doc().length())) + ", events " + ids + ")");
    }
  }
}
