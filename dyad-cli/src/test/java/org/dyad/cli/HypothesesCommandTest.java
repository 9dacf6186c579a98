package org.dyad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dyad.core.json.DyadJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dyad hypotheses} as an analyst uses it: a board built, rated, shown, exported and imported. */
class HypothesesCommandTest {

  @TempDir Path dir;

  private record Run(int exit, String out, String err) {}

  private Run dyad(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    List<String> all = new ArrayList<>(List.of("--workspace", dir.resolve("ws").toString()));
    all.addAll(List.of(args));
    int exit = DyadCli.run(all.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(exit, out.toString(), err.toString());
  }

  private void ok(String... args) {
    Run run = dyad(args);
    assertThat(run.exit()).as(String.join(" ", args) + ": " + run.err()).isZero();
  }

  @Test
  void aBoardRanksItsHypothesesAndSurvivesExportAndImport() throws Exception {
    ok("init");
    ok("hypotheses", "new", "iran-aq", "--question", "Is Iran moving closer to al-Qaeda?");
    ok("hypotheses", "hypothesis", "iran-aq", "H1", "Iran directs al-Qaeda");
    ok("hypotheses", "hypothesis", "iran-aq", "H2", "Iran tolerates al-Qaeda");
    ok("hypotheses", "evidence", "iran-aq", "E1", "--kind", "cluster", "--ref", "c0021", "--text", "Leaders held",
        "--grade", "A1");
    ok("hypotheses", "evidence", "iran-aq", "E2", "--text", "Memo", "--grade", "C3", "--relevance", "medium");
    ok("hypotheses", "rate", "iran-aq", "E1", "H1", "I");
    ok("hypotheses", "rate", "iran-aq", "E1", "H2", "C");
    ok("hypotheses", "rate", "iran-aq", "E2", "H1", "CC");

    Run show = dyad("hypotheses", "show", "iran-aq", "--json");
    assertThat(show.exit()).isZero();
    JsonNode analysis = DyadJson.mapper().readTree(show.out());
    assertThat(analysis.get("ranking").get(0).get("hypothesis").get("id").asText()).isEqualTo("H2");
    assertThat(analysis.get("ranking").get(1).get("inconsistency").asDouble()).isEqualTo(1.0);
    assertThat(analysis.get("diagnosticity").get(0).get("diagnosticity").asDouble()).isEqualTo(0.5);
    assertThat(analysis.get("sensitivity").get("size").asInt()).isEqualTo(1);

    Path exported = dir.resolve("board.json");
    ok("hypotheses", "export", "iran-aq", "--out", exported.toString());
    ok("hypotheses", "delete", "iran-aq");
    ok("hypotheses", "import", exported.toString());
    assertThat(dyad("hypotheses", "show", "iran-aq").out()).contains("1. H2").contains("the lead rests on E1: if it is wrong, the leader changes");
    Path html = dir.resolve("board.html");
    ok("hypotheses", "report", "iran-aq", "--html", html.toString());
    assertThat(Files.readString(html)).contains("<title>Dyad — ACH board iran-aq</title>");
  }

  @Test
  void badInputGetsOneLineNamingWhatIsWrong() throws Exception {
    ok("init");
    ok("hypotheses", "new", "b", "--question", "q");

    Run unknownBoard = dyad("hypotheses", "show", "nope");
    assertThat(unknownBoard.exit()).isEqualTo(1);
    assertThat(unknownBoard.err().strip()).isEqualTo("dyad: no board called nope; 'dyad hypotheses list' shows them");
    assertThat(dyad("hypotheses", "rate", "b", "E1", "H1", "XX").err()).contains("a rating is one of CC, C, N, I, II or NA, got 'XX'");
    assertThat(dyad("hypotheses", "evidence", "b", "E1", "--text", "t", "--grade", "Z9").err())
        .contains("not an Admiralty grade: 'Z9'");
    assertThat(dyad("hypotheses", "evidence", "b", "E1", "--kind", "document", "--ref", "abcdef", "--text", "t").err())
        .contains("no document abcdef");
    Path junk = Files.writeString(dir.resolve("junk.json"), "{not json");
    Run importJunk = dyad("hypotheses", "import", junk.toString());
    assertThat(importJunk.exit()).isEqualTo(1);
    assertThat(importJunk.err()).contains("junk.json: not a board exported by").doesNotContain("\n\tat ");
  }
}
