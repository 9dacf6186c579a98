package org.dyad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.dyad.cli.AnalysisWorkspace.Run;
import org.dyad.core.json.DyadJson;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JudgeCommandTest {

  @TempDir Path dir;
  Path workspace;

  @BeforeEach
  void build() throws Exception {
    workspace = AnalysisWorkspace.create(dir.resolve("ws"));
  }

  private JsonNode relate(String... extra) throws Exception {
    String[] args = new String[3 + extra.length];
    args[0] = "relate";
    args[1] = "IRN";
    args[2] = "IMGMUSALQ";
    System.arraycopy(extra, 0, args, 3, extra.length);
    String[] withJson = java.util.Arrays.copyOf(args, args.length + 1);
    withJson[args.length] = "--json";
    return DyadJson.mapper().readTree(AnalysisWorkspace.dyad(workspace, withJson).out());
  }

  private String firstEventId() throws Exception {
    String line = AnalysisWorkspace.dyad(workspace, "events", "--source", "IRN", "--json").out().lines().findFirst().orElseThrow();
    return DyadJson.mapper().readTree(line).get("id").asText();
  }

  @Test
  void aWrongEventLeavesEveryAnalysisAndTheListShowsIt() throws Exception {
    String id = firstEventId();
    Run judge = AnalysisWorkspace.dyad(workspace, "events", "judge", id, "wrong", "--note", "a denial, not an arrest");
    assertThat(judge.exit()).as(judge.err()).isZero();
    assertThat(judge.out()).contains("wrong").contains("Clustered 32 events");

    assertThat(relate("--events").get("trend").get("counted").asInt()).isEqualTo(31);
    Run judged = AnalysisWorkspace.dyad(workspace, "events", "--judged", "--json");
    JsonNode line = DyadJson.mapper().readTree(judged.out().lines().findFirst().orElseThrow());
    assertThat(line.get("event_id").asText()).isEqualTo(id);
    assertThat(line.get("judgement").asText()).isEqualTo("wrong");
    assertThat(line.get("note").asText()).isEqualTo("a denial, not an arrest");
    assertThat(line.get("event_coded").asBoolean()).isTrue();

    AnalysisWorkspace.dyad(workspace, "events", "judge", id, "right");
    assertThat(relate("--events").get("trend").get("counted").asInt()).as("judged right: counted again").isEqualTo(32);
  }

  @Test
  void aRecodedEventCountsUnderItsNewCodeAndSurvivesReloading() throws Exception {
    String id = firstEventId();
    assertThat(AnalysisWorkspace.dyad(workspace, "events", "judge", id, "recode", "042").exit()).isZero();
    // Its 2001 cluster mate stays 173: the 2001 clusters are now three, one of them cooperative.
    JsonNode first = relate().get("series").get(0);
    assertThat(first.get("clusters").asInt()).isEqualTo(3);
    assertThat(first.get("quad1").asInt()).isEqualTo(1);
    // Storing the same events again (a re-ingest) keeps the judgement: ids are stable.
    try (org.dyad.store.Workspace ws = org.dyad.store.Workspace.open(workspace, "test")) {
      new AnswerKeyEvents(org.dyad.nlp.eval.AnswerKey.read(new java.io.StringReader(AnalysisWorkspace.key()), "key")).store(ws);
      ClusterStageRun.run(ws);
    }
    assertThat(relate().get("series").get(0).get("quad1").asInt()).isEqualTo(1);
  }

  @Test
  void mistakesAreOneLineErrors() {
    Run missing = AnalysisWorkspace.dyad(workspace, "events", "judge", "0000000000000000", "wrong");
    assertThat(missing.exit()).isEqualTo(1);
    assertThat(missing.err()).contains("no event 0000000000000000");
    Run noCode = AnalysisWorkspace.dyad(workspace, "events", "judge", "0000000000000000", "recode");
    assertThat(noCode.exit()).isEqualTo(1);
    assertThat(noCode.err()).contains("recode needs the new code");
    Run badWord = AnalysisWorkspace.dyad(workspace, "events", "judge", "0000000000000000", "maybe");
    assertThat(badWord.exit()).isEqualTo(1);
    assertThat(AnalysisWorkspace.dyad(workspace, "events", "--judged").out()).contains("No event has been judged");
  }
}
