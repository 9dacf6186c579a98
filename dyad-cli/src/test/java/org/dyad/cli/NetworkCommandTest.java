package org.dyad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.dyad.cli.AnalysisWorkspace.Run;
import org.dyad.core.json.DyadJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NetworkCommandTest {

  @TempDir static Path dir;
  static Path workspace;

  @BeforeAll
  static void build() throws Exception {
    workspace = AnalysisWorkspace.create(dir.resolve("ws"));
  }

  @Test
  void jsonNodesEdgesAndPath() throws Exception {
    Run run = AnalysisWorkspace.dyad(workspace, "network", "--format", "json", "--path", "USA", "IMGMUSALQ");
    assertThat(run.exit()).as(run.err()).isZero();
    JsonNode json = DyadJson.mapper().readTree(run.out());
    // IRNGOV folds into IRN: three actors, two ties.
    assertThat(json.get("nodes")).hasSize(3);
    assertThat(json.get("edges")).hasSize(2);
    JsonNode strongest = json.get("edges").get(0);
    assertThat(strongest.get("source").asText()).isEqualTo("IRN");
    assertThat(strongest.get("clusters").asInt()).isEqualTo(16);
    assertThat(strongest.get("events").asInt()).isEqualTo(32);
    assertThat(json.get("path").toString()).isEqualTo("[\"USA\",\"IRN\",\"IMGMUSALQ\"]");
    assertThat(json.get("nodes").get(0).get("id").asText()).isEqualTo("IMGMUSALQ");
  }

  @Test
  void yearsMinimumsAndFocus() throws Exception {
    JsonNode year = DyadJson.mapper().readTree(AnalysisWorkspace.dyad(workspace, "network", "--from", "2005-01-01", "--to",
        "2005-12-31", "--format", "json").out());
    assertThat(year.get("edges")).hasSize(2);
    JsonNode strong = DyadJson.mapper().readTree(AnalysisWorkspace.dyad(workspace, "network", "--min-events", "2", "--format",
        "json").out());
    assertThat(strong.get("edges")).hasSize(1);
    JsonNode around = DyadJson.mapper().readTree(AnalysisWorkspace.dyad(workspace, "network", "--actor", "USA", "--depth", "0",
        "--format", "json").out());
    assertThat(around.get("edges")).isEmpty();
  }

  @Test
  void quadClassesKeepOnlyTheirEvents() throws Exception {
    // 2005-2008 are hosting visits (042, verbal cooperation); the arrests (173) and the sanctions (163) are material conflict.
    JsonNode cooperation = DyadJson.mapper().readTree(AnalysisWorkspace.dyad(workspace, "network", "--quad", "1",
        "--format", "json").out());
    assertThat(cooperation.get("edges")).hasSize(1);
    assertThat(cooperation.get("edges").get(0).get("clusters").asInt()).isEqualTo(8);
    assertThat(cooperation.get("edges").get(0).get("net_coop").asDouble()).isEqualTo(1.0);
    Run bad = AnalysisWorkspace.dyad(workspace, "network", "--quad", "9");
    assertThat(bad.exit()).isEqualTo(1);
    assertThat(bad.err()).contains("--quad must list QuadClasses 1 to 4");
  }

  @Test
  void gexfAndGraphmlForGephi() {
    assertThat(AnalysisWorkspace.dyad(workspace, "network", "--format", "gexf").out()).startsWith("<?xml").contains("<gexf")
        .contains("<edge id=\"0\" source=\"IRN\" target=\"IMGMUSALQ\" weight=\"16\"");
    assertThat(AnalysisWorkspace.dyad(workspace, "network", "--format", "graphml").out()).contains("<graphml")
        .contains("<edge source=\"USA\" target=\"IRN\">");
    assertThat(AnalysisWorkspace.dyad(workspace, "network").out()).contains("3 actors, 2 ties");
    Run bad = AnalysisWorkspace.dyad(workspace, "network", "--format", "dot");
    assertThat(bad.exit()).isEqualTo(1);
    assertThat(bad.err()).contains("--format must be json, gexf or graphml");
  }
}
