package org.dyad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dyad.cli.AnalysisWorkspace.Run;
import org.dyad.core.json.DyadJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RelateCommandTest {

  @TempDir static Path dir;
  static Path workspace;

  @BeforeAll
  static void build() throws Exception {
    workspace = AnalysisWorkspace.create(dir.resolve("ws"));
  }

  private static List<String> names(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  @Test
  void jsonHasTheSeriesVerdictTrendChangePointsAndEvidence() throws Exception {
    Run run = AnalysisWorkspace.dyad(workspace, "relate", "IRN", "IMGMUSALQ", "--json");
    assertThat(run.exit()).as(run.err()).isZero();
    JsonNode json = DyadJson.mapper().readTree(run.out());
    assertThat(names(json)).containsExactly("dyad", "by", "directed", "counting", "from", "to", "series", "verdict", "trend",
        "change_points", "evidence", "summary");
    assertThat(json.get("verdict").asText()).isEqualTo("closer");
    assertThat(json.get("series")).hasSize(8);
    assertThat(names(json.get("series").get(0))).containsExactly("period", "events", "clusters", "quad1", "quad2", "quad3",
        "quad4", "goldstein_mean", "net_coop", "outlets", "share_of_all");
    assertThat(json.get("series").get(0).get("clusters").asInt()).isEqualTo(2);
    assertThat(json.get("series").get(0).get("events").asInt()).isEqualTo(4);
    assertThat(json.get("trend").get("counted").asInt()).isEqualTo(16);
    assertThat(json.get("trend").get("mann_kendall_s").asInt()).isEqualTo(16);
    assertThat(json.get("change_points").get(0).get("period").asText()).isEqualTo("2005");
    JsonNode evidence = json.get("evidence").get(0);
    assertThat(evidence.get("sentence").asText()).containsIgnoringCase("arrested al-Qaeda members (1)");
    assertThat(evidence.get("event_ids")).hasSize(2);
    assertThat(evidence.get("doc").asText()).matches("[0-9a-f]{64}");
    assertThat(evidence.get("date").asText()).isEqualTo("2001-03-10");
  }

  @Test
  void theTerminalViewShowsTableSparklineVerdictAndEvidence() {
    Run run = AnalysisWorkspace.dyad(workspace, "relate", "IRN", "IMGMUSALQ");
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).contains("PERIOD").contains("net_coop ▁▁▁▁████").contains("Verdict: CLOSER")
        .contains("Change point: 2005").contains("2 reports, 2 outlets");
  }

  @Test
  void countingEventsAndOneDirection() throws Exception {
    JsonNode events = DyadJson.mapper().readTree(AnalysisWorkspace.dyad(workspace, "relate", "IRN", "IMGMUSALQ", "--events",
        "--json").out());
    assertThat(events.get("trend").get("counted").asInt()).isEqualTo(32);
    JsonNode reverse = DyadJson.mapper().readTree(AnalysisWorkspace.dyad(workspace, "relate", "IMGMUSALQ", "IRN", "--directed",
        "--json").out());
    assertThat(reverse.get("series")).isEmpty();
    assertThat(reverse.get("verdict").asText()).isEqualTo("insufficient_evidence");
  }

  @Test
  void writesASelfContainedHtmlReport() throws Exception {
    Path html = dir.resolve("report.html");
    Run run = AnalysisWorkspace.dyad(workspace, "relate", "IRN", "IMGMUSALQ", "--by", "quarter", "--html", html.toString());
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(Files.readString(html)).contains("<svg").contains("2001-Q1").contains("change-point").doesNotContain("src=")
        .doesNotContain("href=").doesNotContain("<link").doesNotContain("<script");
  }

  @Test
  void namesResolveThroughTheDictionaries() throws Exception {
    JsonNode json = DyadJson.mapper().readTree(AnalysisWorkspace.dyad(workspace, "relate", "Iran", "al-Qaeda", "--json").out());
    assertThat(json.get("dyad").get(0).asText()).isEqualTo("IRN");
    assertThat(json.get("dyad").get(1).asText()).isEqualTo("IMGMUSALQ");
  }

  @Test
  void badInputIsOneLine() {
    Run period = AnalysisWorkspace.dyad(workspace, "relate", "IRN", "IMGMUSALQ", "--by", "week");
    assertThat(period.exit()).isEqualTo(1);
    assertThat(period.err().strip()).contains("month, quarter or year").doesNotContain("\n");
    Run unknown = AnalysisWorkspace.dyad(workspace, "relate", "IRN", "Atlantis Liberation Front");
    assertThat(unknown.exit()).isEqualTo(1);
    assertThat(unknown.err().strip()).doesNotContain("\n");
    assertThat(AnalysisWorkspace.dyad(workspace, "relate", "IRN").exit()).isEqualTo(2);
  }

  @Test
  void weighingByConfidenceIsAskedForAndLeavesTheDefaultOutputAlone() throws Exception {
    JsonNode plain = DyadJson.mapper().readTree(AnalysisWorkspace.dyad(workspace, "relate", "IRN", "IMGMUSALQ", "--json").out());
    Run run = AnalysisWorkspace.dyad(workspace, "relate", "IRN", "IMGMUSALQ", "--json", "--weight", "confidence");
    assertThat(run.exit()).as(run.err()).isZero();
    JsonNode weighted = DyadJson.mapper().readTree(run.out());

    assertThat(plain.get("counting").asText()).isEqualTo("clusters");
    assertThat(weighted.get("counting").asText()).isEqualTo("clusters weighted by confidence");
    assertThat(plain.get("series").get(0).has("weighted_clusters")).isFalse();
    // Ungraded reports from two outlets each: every cluster 1 − (1 − 0.5·c)², the same for all, so
    // each year's net_coop and the verdict stay as they are and only the weight differs from the count.
    for (int i = 0; i < plain.get("series").size(); i++) {
      JsonNode year = weighted.get("series").get(i);
      assertThat(year.get("net_coop").asDouble()).isEqualTo(plain.get("series").get(i).get("net_coop").asDouble());
      assertThat(year.get("weighted_clusters").asDouble()).isGreaterThan(0).isLessThan(year.get("clusters").asDouble());
    }
    assertThat(weighted.get("verdict").asText()).isEqualTo(plain.get("verdict").asText());
    assertThat(plain.get("evidence").get(0).get("confidence").asDouble()).isGreaterThan(0).isLessThan(1);
    assertThat(AnalysisWorkspace.dyad(workspace, "relate", "IRN", "IMGMUSALQ").out()).contains(", confidence 0.");
    assertThat(AnalysisWorkspace.dyad(workspace, "relate", "IRN", "IMGMUSALQ", "--weight", "confidence").out())
        .contains("WEIGHTED").contains("counting clusters weighted by confidence");
    assertThat(AnalysisWorkspace.dyad(workspace, "relate", "IRN", "IMGMUSALQ", "--weight", "confidence", "--events").err())
        .contains("cannot count raw --events");
    assertThat(AnalysisWorkspace.dyad(workspace, "relate", "IRN", "IMGMUSALQ", "--weight", "heavy").err())
        .contains("--weight must be none or confidence, got 'heavy'");
  }
}
