package org.dyad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.dyad.analysis.relate.DyadRelation;
import org.dyad.analysis.relate.Relation;
import org.dyad.core.analysis.DyadQuery;
import org.dyad.core.json.DyadJson;
import org.dyad.core.search.SearchRequest;
import org.dyad.evidence.ach.AchAnalysis;
import org.dyad.evidence.ach.AchBoard;
import org.dyad.evidence.ach.Diagnosticity;
import org.dyad.nlp.eval.AnswerKey;
import org.dyad.nlp.eval.ExpectedVerdict;
import org.dyad.store.Workspace;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo builds a workspace from the bundled sample corpus (once for all tests here), weighs the
 * Iran–al-Qaeda hypotheses on it, and refuses to clobber other folders; grades given on a copy of
 * it change cluster confidence and filtering as EVALUATION.md reports.
 */
class DemoCommandTest {

  @TempDir static Path dir;
  static Path workspace;
  static String out;

  private static Path corpus() {
    // Tests run in dyad-cli/; the corpus is at the repository root.
    return Path.of("..", "sample-corpus", "documents").toAbsolutePath().normalize();
  }

  @BeforeAll
  static void runTheDemo() {
    StringWriter output = new StringWriter();
    StringWriter err = new StringWriter();
    workspace = dir.resolve("demo");

    int exit = DyadCli.run(new String[] {"--workspace", workspace.toString(), "demo", "--no-serve", "--corpus", corpus().toString()},
        new PrintWriter(output, true), new PrintWriter(err, true));

    assertThat(exit).as(err.toString()).isZero();
    out = output.toString();
  }

  @Test
  void buildsASearchableWorkspaceFromTheSampleCorpus() throws Exception {
    long files;
    try (var walk = Files.walk(corpus())) {
      files = walk.filter(Files::isRegularFile).count();
    }
    assertThat(files).isGreaterThanOrEqualTo(150);
    assertThat(out).contains("corrupt-report.pdf");
    // The headline analysis on Dyad's own coded events agrees with the answer key's verdict.
    assertThat(out).contains("Are Iran and al-Qaeda moving closer?").contains("Verdict: CLOSER");
    try (Workspace ws = Workspace.open(workspace, "test")) {
      var status = ws.catalogue().status();
      assertThat(status.documents()).as("every file but the corrupt one").isEqualTo(files - 1);
      assertThat(status.indexed()).isEqualTo(status.documents());
      assertThat(ws.catalogue().failures()).singleElement()
          .satisfies(f -> assertThat(f.path()).endsWith("corrupt-report.pdf"));
      assertThat(status.firstDate()).isAfterOrEqualTo(LocalDate.of(2001, 1, 1));
      assertThat(status.lastDate()).isBefore(LocalDate.of(2013, 1, 1));
      assertThat(status.outlets()).hasSizeGreaterThanOrEqualTo(6);
      // The scanned letter has no text layer: finding its words proves OCR ran.
      var scanned = ws.index().search(SearchRequest.of("\"released Saad\" AND residence")).results();
      assertThat(scanned).as("the scanned PDF is ingested through OCR").extracting(hit -> hit.file())
          .contains("2008-10-02-note-on-saad-departure.pdf");
      // Dyad's own coded and clustered events reach the answer key's five verdicts (EVALUATION.md).
      AnswerKey key = AnswerKey.read(corpus().getParent().resolve("expected.jsonl"));
      DyadRelation relate = new DyadRelation(ws.relations());
      for (ExpectedVerdict expected : key.verdicts()) {
        Relation relation = relate.relate(DyadQuery.yearly(expected.dyad().get(0), expected.dyad().get(1)), 1);
        assertThat(relation.verdict().word()).as(String.join("–", expected.dyad())).isEqualTo(expected.verdict());
      }
    }
  }

  @Test
  void ranksTheIranAlQaedaHypothesesWithInconsistencyAndDiagnosticity() throws Exception {
    assertThat(out).contains("Board iran-al-qaeda: How does Iran stand to al-Qaeda?")
        .contains("Hypotheses, least inconsistent first:").contains("Iran tolerates al-Qaeda for leverage")
        .contains("Evidence (grade, weight, diagnosticity; ratings by hypothesis):");
    assertThat(workspace.resolve(DemoBoard.REPORT)).content().contains("<!DOCTYPE html>").contains("Iran directs al-Qaeda");
    long clusters = DyadJson.mapper().readTree(dyad(workspace, "timeline", "IRN", "IMGMUSALQ", "--json")).get("events").size();
    try (Workspace ws = Workspace.open(workspace, "test")) {
      AchBoard board = DyadJson.mapper().readValue(ws.boards().board(DemoBoard.NAME).orElseThrow(), AchBoard.class);
      assertThat(board.evidence()).hasSize((int) clusters).hasSizeGreaterThanOrEqualTo(10);
      AchAnalysis analysis = AchAnalysis.of(board);
      assertThat(analysis.ranking()).hasSize(3);
      assertThat(analysis.ranking().getFirst().inconsistency()).isLessThan(analysis.ranking().getLast().inconsistency());
      assertThat(analysis.diagnosticity()).anyMatch(Diagnosticity.Item::diagnostic);
    }
  }

  /** The outlet grades of EVALUATION.md's before/after: gulf-wire stands in for a source found unreliable. */
  static final Map<String, String> GRADES = Map.of("captured-documents", "B2", "treasury-press-releases", "A2",
      "capitol-ledger", "B3", "interview-notes", "C3", "gulf-wire", "E5");

  @Test
  void gradesChangeClusterConfidenceAndFilteringOnTheSampleCorpus() throws Exception {
    Path graded = copy(workspace, dir.resolve("graded"));
    JsonNode before = timeline(graded);
    for (Map.Entry<String, String> grade : GRADES.entrySet()) {
      assertThat(dyad(graded, "grade", grade.getKey(), grade.getValue())).contains("Rated the confidence of");
    }
    JsonNode after = timeline(graded);

    Map<String, Double> confidenceBefore = new HashMap<>();
    before.get("events").forEach(item -> confidenceBefore.put(item.get("cluster").asText(), item.get("confidence").asDouble()));
    int lowered = 0;
    int raised = 0;
    for (JsonNode item : after.get("events")) {
      if (item.get("outlets").asInt() != 1) {
        continue;
      }
      double was = confidenceBefore.get(item.get("cluster").asText());
      if (item.get("outlet").asText().equals("gulf-wire")) {
        assertThat(item.get("confidence").asDouble()).as("a cluster only gulf-wire (E5) reports").isLessThan(was);
        lowered++;
      } else if (GRADES.containsKey(item.get("outlet").asText())) {
        assertThat(item.get("confidence").asDouble()).as("a cluster only an outlet graded C3 or better reports").isGreaterThan(was);
        raised++;
      }
    }
    assertThat(lowered).isPositive();
    assertThat(raised).isPositive();

    JsonNode all = relate(graded);
    JsonNode filtered = relate(graded, "--min-grade", "C3");
    assertThat(counted(filtered)).isPositive().isLessThan(counted(all));
    assertThat(DyadJson.mapper().readTree(dyad(graded, "timeline", "IRN", "IMGMUSALQ", "--json", "--min-grade", "C3"))
        .get("events")).isNotEmpty().noneMatch(item -> item.get("outlet").asText().equals("gulf-wire"));
    JsonNode weighted = relate(graded, "--weight", "confidence");
    assertThat(counted(weighted)).isEqualTo(counted(all));
    assertThat(netCoop(weighted)).as("weighing moves net_coop in some year").isNotEqualTo(netCoop(all));
  }

  private static JsonNode timeline(Path ws) throws Exception {
    return DyadJson.mapper().readTree(dyad(ws, "timeline", "IRN", "IMGMUSALQ", "--json"));
  }

  private static JsonNode relate(Path ws, String... options) throws Exception {
    List<String> args = new java.util.ArrayList<>(List.of("relate", "IRN", "IMGMUSALQ", "--json"));
    args.addAll(List.of(options));
    return DyadJson.mapper().readTree(dyad(ws, args.toArray(String[]::new)));
  }

  private static long counted(JsonNode relation) {
    return relation.get("trend").get("counted").asLong();
  }

  private static List<Double> netCoop(JsonNode relation) {
    List<Double> values = new java.util.ArrayList<>();
    relation.get("series").forEach(period -> values.add(period.get("net_coop").asDouble()));
    return values;
  }

  private static String dyad(Path ws, String... args) {
    StringWriter output = new StringWriter();
    StringWriter err = new StringWriter();
    String[] all = Stream.concat(Stream.of("--workspace", ws.toString()), Stream.of(args)).toArray(String[]::new);
    int exit = DyadCli.run(all, new PrintWriter(output, true), new PrintWriter(err, true));
    assertThat(exit).as(String.join(" ", args) + ": " + err).isZero();
    return output.toString();
  }

  private static Path copy(Path from, Path to) throws Exception {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path path : walk.sorted(Comparator.naturalOrder()).toList()) {
        Path target = to.resolve(from.relativize(path).toString());
        if (Files.isDirectory(path)) {
          Files.createDirectories(target);
        } else {
          Files.copy(path, target);
        }
      }
    }
    return to;
  }

  @Test
  void refusesToReplaceAFolderThatIsNotAWorkspace() throws Exception {
    Path precious = Files.createDirectories(dir.resolve("precious"));
    Files.writeString(precious.resolve("notes.txt"), "mine");
    StringWriter err = new StringWriter();

    int exit = DyadCli.run(new String[] {"--workspace", precious.toString(), "demo", "--no-serve", "--corpus", corpus().toString()},
        new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));

    assertThat(exit).isEqualTo(1);
    assertThat(err.toString()).contains("is not a Dyad workspace");
    assertThat(precious.resolve("notes.txt")).exists();
  }
}
