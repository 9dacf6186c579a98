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
}
