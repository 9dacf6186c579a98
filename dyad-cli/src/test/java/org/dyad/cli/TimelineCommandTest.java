package org.dyad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.dyad.cli.AnalysisWorkspace.Run;
import org.dyad.core.json.DyadJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimelineCommandTest {

  @TempDir static Path dir;
  static Path workspace;

  @BeforeAll
  static void build() throws Exception {
    workspace = AnalysisWorkspace.create(dir.resolve("ws"));
  }

  @Test
  void eachRealWorldEventOnceInDateOrder() throws Exception {
    Run run = AnalysisWorkspace.dyad(workspace, "timeline", "IRN", "--json");
    assertThat(run.exit()).as(run.err()).isZero();
    JsonNode json = DyadJson.mapper().readTree(run.out());
    assertThat(json.get("actor").asText()).isEqualTo("IRN");
    assertThat(json.get("other").isNull()).isTrue();
    assertThat(json.get("events")).hasSize(17);
    assertThat(json.get("events").get(0).get("date").asText()).isEqualTo("2001-03-10");
    assertThat(json.get("events").get(0).get("mentions").asInt()).isEqualTo(2);
    assertThat(json.get("events").get(8).get("date").asText()).isEqualTo("2005-03-10");
    assertThat(json.get("events").get(9).get("code").asText()).isEqualTo("163");
  }

  @Test
  void betweenTwoActorsAndWithinDates() throws Exception {
    JsonNode pair = DyadJson.mapper().readTree(AnalysisWorkspace.dyad(workspace, "timeline", "USA", "IRN", "--json").out());
    assertThat(pair.get("events")).hasSize(1);
    assertThat(pair.get("events").get(0).get("sentence").asText()).isEqualTo("The Treasury imposed sanctions on Iran.");
    Run text = AnalysisWorkspace.dyad(workspace, "timeline", "IMGMUSALQ", "--from", "2008-01-01");
    assertThat(text.out().lines().filter(line -> line.startsWith("2008"))).hasSize(2);
    assertThat(AnalysisWorkspace.dyad(workspace, "timeline", "IRN", "--from", "2009-13-01").exit()).isEqualTo(1);
  }

  @Test
  void gradingAnOutletRaisesItsEventsConfidenceAndTheBalanceIsShownWhenWeighing() throws Exception {
    JsonNode before = DyadJson.mapper().readTree(AnalysisWorkspace.dyad(workspace, "timeline", "IRN", "IMGMUSALQ", "--json").out());
    assertThat(before.has("balance")).isFalse();
    double ungraded = before.get("events").get(0).get("confidence").asDouble();

    Run grade = AnalysisWorkspace.dyad(workspace, "grade", "capitol-ledger", "A1");
    assertThat(grade.out()).contains("Rated the confidence of");
    Run run = AnalysisWorkspace.dyad(workspace, "timeline", "IRN", "IMGMUSALQ", "--json", "--weight", "confidence");
    assertThat(run.exit()).as(run.err()).isZero();
    JsonNode after = DyadJson.mapper().readTree(run.out());

    assertThat(after.get("events").get(0).get("confidence").asDouble()).isGreaterThan(ungraded);
    JsonNode balance = after.get("balance");
    assertThat(balance.get("clusters").asInt()).isEqualTo(16);
    assertThat(balance.get("net_coop").asDouble()).as("eight years of conflict, eight of cooperation").isZero();
    // The key's events carry the coder's full confidence, so an A1 report makes its cluster certain.
    assertThat(balance.get("weighted_clusters").asDouble()).isEqualTo(16.0);
    assertThat(AnalysisWorkspace.dyad(workspace, "timeline", "IRN", "IMGMUSALQ", "--weight", "confidence").out())
        .contains("Balance of these 16 events").contains("confidence 1.00");
  }
}
