package org.dyad.analysis.report;

import java.util.List;
import java.util.Locale;
import org.dyad.analysis.relate.Relation;
import org.dyad.core.analysis.EvidenceItem;
import org.dyad.core.analysis.PeriodCounts;
import org.dyad.core.text.Markup;

/**
 * A relation as one self-contained HTML page: inline CSS and SVG charts (net cooperation per
 * period with change points marked, clusters per period), the verdict with its numbers, the
 * table, and the evidence list. No script and no link to anything outside the file, so it opens
 * in a browser without a network and can be mailed as it is.
 */
public final class RelationHtml {

  private static final int WIDTH = 760;
  private static final int HEIGHT = 220;
  private static final int MARGIN = 40;

  private RelationHtml() {}

  public static String render(Relation relation) {
    String title = relation.dyad().get(0) + (relation.directed() ? " → " : " – ") + relation.dyad().get(1);
    StringBuilder html = new StringBuilder(16_384);
    html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
        .append(Markup.escape(title)).append(" — Dyad</title>\n<style>")
        .append("body{font-family:system-ui,sans-serif;margin:2em;max-width:60em;color:#222}")
        .append("table{border-collapse:collapse}td,th{padding:2px 8px;text-align:right;border-bottom:1px solid #ddd}")
        .append("th:first-child,td:first-child{text-align:left}.verdict{font-size:1.4em;font-weight:bold}")
        .append("blockquote{margin:.3em 0 .8em 1em;color:#333}.meta{color:#666;font-size:.9em}")
        .append("</style></head><body>\n");
    html.append("<h1>").append(Markup.escape(title)).append("</h1>\n");
    html.append("<p class=\"meta\">by ").append(Markup.escape(relation.by())).append(", ")
        .append(relation.directed() ? "one direction" : "both directions").append(", counting ")
        .append(Markup.escape(relation.counting())).append("</p>\n");
    html.append("<p class=\"verdict\" id=\"verdict\">").append(Markup.escape(relation.verdict().word().replace('_', ' ')))
        .append("</p>\n<p>").append(Markup.escape(relation.summary())).append("</p>\n");
    if (!relation.series().isEmpty()) {
      html.append("<h2>Net cooperation per period</h2>\n").append(netCoopChart(relation));
      html.append("<h2>Real-world events per period</h2>\n").append(countChart(relation.series()));
      html.append(table(relation.series()));
    }
    html.append(evidence(relation.evidence()));
    html.append("</body></html>\n");
    return html.toString();
  }

  private static double x(int index, int count) {
    return count == 1 ? WIDTH / 2.0 : MARGIN + index * (WIDTH - 2.0 * MARGIN) / (count - 1);
  }

  private static double y(double netCoop) {
    return MARGIN + (1 - netCoop) / 2 * (HEIGHT - 2.0 * MARGIN);
  }

  private static String netCoopChart(Relation relation) {
    List<PeriodCounts> series = relation.series();
    StringBuilder svg = svgStart("net cooperation per period");
    for (double level : new double[] {-1, 0, 1}) {
      svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"#ccc\"/>"
          + "<text x=\"4\" y=\"%.1f\" font-size=\"11\">%+.0f</text>", MARGIN, WIDTH - MARGIN, y(level), y(level), y(level) + 4, level));
    }
    for (Relation.ChangePoint change : relation.changePoints()) {
      int at = indexOf(series, change.period());
      double cx = x(at, series.size());
      svg.append(String.format(Locale.ROOT, "<line class=\"change-point\" x1=\"%.1f\" x2=\"%.1f\" y1=\"%d\" y2=\"%d\""
          + " stroke=\"#c00\" stroke-dasharray=\"4 3\"/><text x=\"%.1f\" y=\"%d\" font-size=\"11\" fill=\"#c00\">change %s</text>",
          cx, cx, MARGIN / 2, HEIGHT - MARGIN / 2, cx + 3, MARGIN / 2 + 8, Markup.escape(change.period())));
    }
    StringBuilder points = new StringBuilder();
    for (int i = 0; i < series.size(); i++) {
      points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x(i, series.size()), y(series.get(i).netCoop())));
    }
    svg.append("<polyline fill=\"none\" stroke=\"#2563eb\" stroke-width=\"2\" points=\"").append(points.toString().strip())
        .append("\"/>");
    for (int i = 0; i < series.size(); i++) {
      PeriodCounts period = series.get(i);
      svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3.5\" fill=\"#2563eb\"><title>%s: %+.2f</title>"
          + "</circle><text x=\"%.1f\" y=\"%d\" font-size=\"10\" text-anchor=\"middle\">%s</text>", x(i, series.size()),
          y(period.netCoop()), Markup.escape(period.period()), period.netCoop(), x(i, series.size()), HEIGHT - 8,
          Markup.escape(period.period())));
    }
    return svg.append("</svg>\n").toString();
  }

  private static String countChart(List<PeriodCounts> series) {
    StringBuilder svg = svgStart("real-world events per period");
    long max = series.stream().mapToLong(PeriodCounts::clusters).max().orElse(1);
    double band = (WIDTH - 2.0 * MARGIN) / series.size();
    for (int i = 0; i < series.size(); i++) {
      PeriodCounts period = series.get(i);
      double height = (HEIGHT - 2.0 * MARGIN) * period.clusters() / Math.max(1, max);
      svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"#94a3b8\">"
          + "<title>%s: %d clusters, %d events</title></rect><text x=\"%.1f\" y=\"%d\" font-size=\"10\" text-anchor=\"middle\">%s</text>",
          MARGIN + i * band + 2, HEIGHT - MARGIN - height, Math.max(1, band - 4), height, Markup.escape(period.period()),
          period.clusters(), period.events(), MARGIN + (i + 0.5) * band, HEIGHT - 8, Markup.escape(period.period())));
    }
    return svg.append("</svg>\n").toString();
  }

  private static StringBuilder svgStart(String label) {
    return new StringBuilder(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\""
        + " role=\"img\" aria-label=\"%s\">", WIDTH, HEIGHT, label));
  }

  private static int indexOf(List<PeriodCounts> series, String period) {
    for (int i = 0; i < series.size(); i++) {
      if (series.get(i).period().equals(period)) {
        return i;
      }
    }
    throw new IllegalArgumentException("change point " + period + " is not a period of the series");
  }

  private static String table(List<PeriodCounts> series) {
    StringBuilder table = new StringBuilder("<h2>Per period</h2>\n<table><tr><th>period</th><th>clusters</th><th>events</th>"
        + "<th>quad 1</th><th>quad 2</th><th>quad 3</th><th>quad 4</th><th>Goldstein</th><th>net coop</th><th>outlets</th>"
        + "<th>share of all</th></tr>\n");
    for (PeriodCounts p : series) {
      table.append(String.format(Locale.ROOT, "<tr><td>%s</td><td>%d</td><td>%d</td><td>%d</td><td>%d</td><td>%d</td><td>%d</td>"
          + "<td>%s</td><td>%+.2f</td><td>%d</td><td>%.1f%%</td></tr>\n", Markup.escape(p.period()), p.clusters(), p.events(),
          p.quad1(), p.quad2(), p.quad3(), p.quad4(),
          p.goldsteinMean() == null ? "–" : String.format(Locale.ROOT, "%+.2f", p.goldsteinMean()), p.netCoop(), p.outlets(),
          100 * p.shareOfAll()));
    }
    return table.append("</table>\n").toString();
  }

  private static String evidence(List<EvidenceItem> items) {
    if (items.isEmpty()) {
      return "";
    }
    StringBuilder list = new StringBuilder("<h2>Evidence</h2>\n<ol class=\"evidence\">\n");
    for (EvidenceItem item : items) {
      list.append("<li><b>").append(Markup.escape(String.valueOf(item.period()))).append("</b> ")
          .append(Markup.escape(item.date() + " " + item.source() + " " + item.code() + " " + item.target()))
          .append(String.format(Locale.ROOT, " — %d report(s), %d outlet(s)", item.mentions(), item.outlets()))
          .append("<blockquote>").append(Markup.escape(item.sentence())).append("</blockquote><span class=\"meta\">")
          .append(Markup.escape(item.outlet() + ", " + item.title() + " — document " + item.doc() + "; events "
              + String.join(", ", item.eventIds())))
          .append("</span></li>\n");
    }
    return list.append("</ol>\n").toString();
  }
}
