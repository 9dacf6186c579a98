package org.dyad.evidence.ach;

import static org.dyad.core.text.Markup.escape;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A board and its analysis as one self-contained, printable HTML page: the ranking with each
 * hypothesis's inconsistency score, the evidence × hypothesis matrix coloured by rating with each
 * item's grade, weight and diagnosticity, and the items the conclusion is sensitive to. No scripts,
 * no external resources; every text from the board is escaped.
 */
public final class AchReport {

  private AchReport() {}

  public static String html(AchAnalysis analysis) {
    AchBoard board = analysis.board();
    StringBuilder page = new StringBuilder(8192);
    page.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Dyad — ACH board ")
        .append(escape(board.name())).append("</title>\n<style>").append(STYLE).append("</style></head><body>\n");
    page.append("<h1>Dyad — Analysis of Competing Hypotheses: ").append(escape(board.name())).append("</h1>\n");
    page.append("<p class=\"question\">").append(escape(board.question())).append("</p>\n");
    ranking(page, analysis.ranking());
    matrix(page, board, analysis.diagnosticity());
    sensitivity(page, analysis.sensitivity());
    page.append("<p class=\"method\">Method: Heuer, <i>Psychology of Intelligence Analysis</i> (1999), ch. 8. Inconsistency ="
        + " Σ weight × (1 for I, 2 for II); weight = Admiralty grade weight × relevance (HIGH 1, MEDIUM 0.6, LOW 0.3);"
        + " diagnosticity = spread of an item's ratings (CC +2 … II −2) ÷ 4.</p>\n");
    return page.append("</body></html>\n").toString();
  }

  private static void ranking(StringBuilder page, List<InconsistencyScores.Ranked> ranking) {
    page.append("<h2>Hypotheses, least inconsistent first</h2>\n<table><tr><th>rank</th><th>hypothesis</th>"
        + "<th>inconsistency</th><th>items against</th></tr>\n");
    for (InconsistencyScores.Ranked ranked : ranking) {
      page.append("<tr><td>").append(ranked.rank()).append("</td><td><b>").append(escape(ranked.hypothesis().id()))
          .append("</b> ").append(escape(ranked.hypothesis().statement())).append("</td><td class=\"num\">")
          .append(number(ranked.inconsistency())).append("</td><td class=\"num\">").append(ranked.inconsistentItems())
          .append("</td></tr>\n");
    }
    page.append("</table>\n");
  }

  private static void matrix(StringBuilder page, AchBoard board, List<Diagnosticity.Item> diagnosticity) {
    page.append("<h2>Evidence × hypotheses</h2>\n<table><tr><th>evidence</th><th>grade</th><th>relevance</th>"
        + "<th>weight</th><th>diagnosticity</th>");
    for (Hypothesis hypothesis : board.hypotheses()) {
      page.append("<th title=\"").append(escape(hypothesis.statement())).append("\">").append(escape(hypothesis.id()))
          .append("</th>");
    }
    page.append("</tr>\n");
    for (Diagnosticity.Item item : diagnosticity) {
      EvidenceItem evidence = item.evidence();
      page.append("<tr><td><b>").append(escape(evidence.id())).append("</b> ").append(escape(evidence.description()));
      if (evidence.reference() != null) {
        page.append(" <span class=\"ref\">").append(evidence.kind().name().toLowerCase(Locale.ROOT)).append(' ')
            .append(escape(evidence.reference())).append("</span>");
      }
      page.append("</td><td>").append(evidence.grade() == null ? "—" : evidence.grade().toString())
          .append("</td><td>").append(evidence.relevance().name().toLowerCase(Locale.ROOT))
          .append("</td><td class=\"num\">").append(number(evidence.weight()))
          .append("</td><td class=\"num\">").append(item.diagnostic() ? number(item.diagnosticity()) : "none")
          .append("</td>");
      for (Hypothesis hypothesis : board.hypotheses()) {
        Rating rating = board.rating(evidence.id(), hypothesis.id());
        page.append("<td class=\"r").append(rating.name()).append("\">").append(rating.name()).append("</td>");
      }
      page.append("</tr>\n");
    }
    page.append("</table>\n");
  }

  private static void sensitivity(StringBuilder page, Sensitivity.Result sensitivity) {
    page.append("<h2>Sensitivity</h2>\n<p>");
    if (sensitivity.size() == 0) {
      page.append("No single item or pair of items, if wrong, would change which hypothesis ranks first.");
    } else {
      page.append(sensitivity.size() == 1 ? "If any one of these items were wrong, the leading hypothesis would change: "
          : "No single item decides the ranking; these pairs would, if both were wrong: ");
      page.append(String.join("; ", sensitivity.critical().stream().map(AchReport::items).toList()));
    }
    page.append("</p>\n");
  }

  private static String items(Set<String> ids) {
    return escape(String.join(" + ", ids.stream().sorted().toList()));
  }

  private static String number(double value) {
    return String.format(Locale.ROOT, "%.2f", value);
  }

  private static final String STYLE = "body{font:14px/1.4 sans-serif;max-width:1100px;margin:2em auto;color:#222}"
      + "table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #bbb;padding:4px 8px;text-align:left}"
      + ".num{text-align:right}.ref{color:#666;font-size:12px}.question{font-size:16px;font-style:italic}"
      + ".rCC{background:#9bd39b}.rC{background:#d4efd4}.rN{background:#f2f2f2}.rI{background:#f6d0d0}"
      + ".rII{background:#e39191}.rNA{color:#999}.method{color:#555;font-size:12px}"
      + "@media print{body{margin:0}}";
}
