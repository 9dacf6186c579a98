package org.dyad.nlp.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One {@code verdict} line of the answer key: what {@code dyad relate} must conclude about a dyad.
 *
 * @param dyad the two member codes
 * @param by the period length ({@code year})
 * @param verdict closer, apart, stable or insufficient_evidence
 * @param clusters the clusters counted
 * @param periods the periods with data
 * @param slope the Theil–Sen slope, or null for insufficient evidence
 * @param pValue the Mann–Kendall p value, or null
 * @param mannKendallS the Mann–Kendall S, or null
 */
public record ExpectedVerdict(List<String> dyad, String by, String verdict, int clusters, int periods, Double slope,
    Double pValue, Integer mannKendallS) {

  public ExpectedVerdict {
    dyad = List.copyOf(dyad);
    Objects.requireNonNull(by, "by");
    Objects.requireNonNull(verdict, "verdict");
    if (dyad.size() != 2) {
      throw new IllegalArgumentException("a dyad has two members, got " + dyad);
    }
  }

  /** The verdict on line {@code number}, or empty with a warning when a field is missing. */
  static Optional<ExpectedVerdict> read(JsonNode node, int number, String source, List<RecordWarning> warnings) {
    JsonNode members = node.get("dyad");
    String by = LenientJson.text(node, "by");
    String verdict = LenientJson.text(node, "verdict");
    JsonNode clusters = node.get("clusters");
    JsonNode years = node.get("years");
    if (members == null || !members.isArray() || members.size() != 2 || !members.get(0).isTextual()
        || !members.get(1).isTextual() || by == null || verdict == null || clusters == null || !clusters.isInt()
        || years == null || !years.isInt()) {
      warnings.add(new RecordWarning(source, number, "", "verdict line lacks dyad, by, verdict, clusters or years; skipped"));
      return Optional.empty();
    }
    return Optional.of(new ExpectedVerdict(List.of(members.get(0).textValue(), members.get(1).textValue()), by, verdict,
        clusters.intValue(), years.intValue(), number(node, "slope"), number(node, "p_value"),
        node.has("mann_kendall_s") && node.get("mann_kendall_s").isInt() ? node.get("mann_kendall_s").intValue() : null));
  }

  private static Double number(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value != null && value.isNumber() ? value.doubleValue() : null;
  }
}
