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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands as a user runs them: output shapes, exit codes and one-line errors. */
class CommandsTest {

  @TempDir static Path dir;
  static Path workspace;

  record Run(int exit, String out, String err) {}

  static Run dyad(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    List<String> all = new ArrayList<>(List.of("--workspace", workspace.toString()));
    all.addAll(List.of(args));
    int exit = DyadCli.run(all.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(exit, out.toString(), err.toString());
  }

  @BeforeAll
  static void ingestTwoReports() throws Exception {
    workspace = dir.resolve("ws");
    Path wire = Files.createDirectories(dir.resolve("corpus/gulf-wire"));
    Files.writeString(wire.resolve("2002-08-12-deportations.txt"),
        "RIYADH, Aug. 12, 2002 — Iran deported sixteen suspected al-Qaida members to Saudi Arabia.");
    Files.writeString(wire.resolve("2011-07-28-sanctions.txt"),
        "WASHINGTON, July 28, 2011 — The United States imposed sanctions on an al-Qaeda network in Iran.");
    Files.write(wire.resolve("broken.pdf"), "%PDF-1.4 not really".getBytes());
    Run ingest = dyad("ingest", dir.resolve("corpus").toString());
    assertThat(ingest.exit()).as(ingest.err()).isZero();
  }

  @Test
  void searchJsonHasExactlyTheDocumentedKeys() throws Exception {
    Run run = dyad("search", "--json", "al-Qa'ida");

    assertThat(run.exit()).isZero();
    JsonNode json = DyadJson.mapper().readTree(run.out());
    assertThat(iterable(json.fieldNames())).containsExactly("total", "results");
    assertThat(json.get("total").asLong()).isEqualTo(2);
    JsonNode hit = json.get("results").get(0);
    assertThat(iterable(hit.fieldNames())).containsExactly("doc", "file", "path", "title", "date", "outlet", "score", "snippets");
    assertThat(hit.get("doc").asText()).matches("[0-9a-f]{64}");
    assertThat(hit.get("outlet").asText()).isEqualTo("gulf-wire");
    JsonNode snippet = hit.get("snippets").get(0);
    assertThat(iterable(snippet.fieldNames())).containsExactly("text", "highlights");
    String text = snippet.get("text").asText();
    JsonNode first = snippet.get("highlights").get(0);
    assertThat(text.substring(first.get(0).asInt(), first.get(1).asInt())).startsWithIgnoringCase("al");
  }

  @Test
  void searchFiltersByDateAndOutlet() throws Exception {
    JsonNode late = DyadJson.mapper().readTree(dyad("search", "--json", "--from", "2010-01-01", "Iran").out());
    assertThat(late.get("total").asLong()).isEqualTo(1);
    assertThat(late.get("results").get(0).get("date").asText()).isEqualTo("2011-07-28");
    JsonNode elsewhere = DyadJson.mapper().readTree(dyad("search", "--json", "--outlet", "other", "Iran").out());
    assertThat(elsewhere.get("total").asLong()).isZero();
  }

  @Test
  void showPrintsMetadataAndText() throws Exception {
    String id = DyadJson.mapper().readTree(dyad("search", "--json", "deported").out()).get("results").get(0).get("doc").asText();
    Run run = dyad("show", id.substring(0, 8));
    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("date:      2002-08-12 (from dateline)").contains("outlet:    gulf-wire")
        .contains("Iran deported sixteen");
  }

  @Test
  void statusCountsAndListsFailures() throws Exception {
    Run run = dyad("status", "--failures", "--json");
    assertThat(run.exit()).isZero();
    JsonNode json = DyadJson.mapper().readTree(run.out());
    assertThat(json.get("status").get("documents").asLong()).isEqualTo(2);
    assertThat(json.get("status").get("indexed").asLong()).isEqualTo(2);
    assertThat(json.get("failures")).hasSize(1);
    assertThat(json.get("failures").get(0).get("path").asText()).endsWith("broken.pdf");
    assertThat(dyad("status").out()).contains("documents: 2 extracted, 2 indexed");
  }

  @Test
  void userErrorsAreOneLineWithExitCodeOneAndUsageErrorsExitTwo() {
    Run badQuery = dyad("search", "\"unclosed");
    assertThat(badQuery.exit()).isEqualTo(1);
    assertThat(badQuery.err().strip()).startsWith("dyad: ").doesNotContain("\n").doesNotContain("Exception");

    Run badLimit = dyad("search", "--limit", "-5", "Iran");
    assertThat(badLimit.exit()).isEqualTo(1);
    assertThat(badLimit.err().strip()).isEqualTo("dyad: limit must be between 1 and 1000: -5");

    Run unknownDoc = dyad("show", "abcdef123456");
    assertThat(unknownDoc.exit()).isEqualTo(1);
    assertThat(unknownDoc.err().strip()).startsWith("dyad: no document with id abcdef123456");

    assertThat(dyad("search", "--limit", "many", "Iran").exit()).isEqualTo(2);
    assertThat(dyad("frobnicate").exit()).isEqualTo(2);
  }

  @Test
  void reIngestingTheSameFilesReportsThemAsDuplicatesInJson() throws Exception {
    Run run = dyad("ingest", "--json", dir.resolve("corpus").toString());

    assertThat(run.exit()).as(run.err()).isZero();
    JsonNode report = DyadJson.mapper().readTree(run.out());
    assertThat(iterable(report.fieldNames())).containsExactly("ingested", "duplicates", "failed", "reindexed", "bytes",
        "seconds", "files_per_second", "megabytes_per_second", "annotated");
    assertThat(report.get("annotated").has("sentences")).as("the annotate stage reports in the same object").isTrue();
    assertThat(report.get("ingested").asLong()).isZero();
    assertThat(report.get("duplicates").asLong()).isEqualTo(2);
    assertThat(report.get("failed").asLong()).as("the broken PDF is tried again and fails again").isEqualTo(1);
  }

  private static List<String> iterable(java.util.Iterator<String> names) {
    List<String> list = new ArrayList<>();
    names.forEachRemaining(list::add);
    return list;
  }
}
