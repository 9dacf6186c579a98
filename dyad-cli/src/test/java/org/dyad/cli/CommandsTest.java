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
        "RIYADH, Aug. 12, 2002 — Iran deported sixteen suspected al-Qaida members to Saudi Arabia."
            + " Haskell Ornby of the Velmonde Institute declined to comment.");
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
        "seconds", "files_per_second", "megabytes_per_second", "annotated", "coded", "clustered");
    assertThat(report.get("annotated").has("sentences")).as("the annotate stage reports in the same object").isTrue();
    assertThat(iterable(report.get("clustered").fieldNames())).containsExactly("events", "clusters", "corroborated");
    assertThat(report.get("ingested").asLong()).isZero();
    assertThat(report.get("duplicates").asLong()).isEqualTo(2);
    assertThat(report.get("failed").asLong()).as("the broken PDF is tried again and fails again").isEqualTo(1);
  }

  @Test
  void discoverFindsNamesNoActorResolvesToAndAnAliasTakesThemOffTheList() throws Exception {
    Run before = dyad("actors", "--unresolved");
    assertThat(before.exit()).isZero();
    assertThat(before.out().strip()).isEqualTo(
        "No unresolved names stored: run 'dyad actors --discover' first (it finds the names the dictionaries lack).");

    Run discover = dyad("actors", "--discover", "--threads", "1");
    assertThat(discover.exit()).as(discover.err()).isZero();
    assertThat(discover.out()).startsWith("Searched 2 documents (").contains("not resolved to any actor");

    JsonNode json = DyadJson.mapper().readTree(dyad("actors", "--unresolved", "--json").out());
    assertThat(iterable(json.fieldNames())).containsExactly("names");
    JsonNode ornby = names(json).stream().filter(name -> name.get("name").asText().equals("Haskell Ornby")).findFirst().orElseThrow();
    assertThat(iterable(ornby.fieldNames())).containsExactly("name", "type", "mentions", "documents", "doc", "example");
    assertThat(ornby.get("type").asText()).isEqualTo("PERSON");
    assertThat(ornby.get("mentions").asLong()).isEqualTo(1);
    assertThat(ornby.get("example").asText()).contains("Haskell Ornby of the Velmonde Institute declined");
    JsonNode actors = DyadJson.mapper().readTree(dyad("actors", "--json").out()).get("actors");
    List<String> resolved = new ArrayList<>();
    actors.forEach(actor -> resolved.add(actor.get("example").asText().toLowerCase()));
    assertThat(names(json)).extracting(name -> name.get("name").asText().toLowerCase())
        .as("no listed name is a resolved actor's text").noneMatch(name -> resolved.stream().anyMatch(name::contains));

    assertThat(dyad("actors", "--unresolved", "--limit", "1").out().lines()).hasSize(3)
        .first().asString().startsWith("NAME").contains("EXAMPLE");
    assertThat(dyad("actors", "alias", "add", "Haskell Ornby", "USAGOV").exit()).isZero();
    try {
      assertThat(dyad("actors", "--unresolved").out().lines()).noneMatch(line -> line.startsWith("Haskell Ornby"));
    } finally {
      assertThat(dyad("actors", "alias", "remove", "Haskell Ornby").exit()).isZero();
    }
    assertThat(dyad("actors", "--unresolved").out().lines()).anyMatch(line -> line.startsWith("Haskell Ornby "));
  }

  private static List<JsonNode> names(JsonNode json) {
    List<JsonNode> names = new ArrayList<>();
    json.get("names").forEach(names::add);
    return names;
  }

  private static List<String> iterable(java.util.Iterator<String> names) {
    List<String> list = new ArrayList<>();
    names.forEachRemaining(list::add);
    return list;
  }

  @Test
  void ingestCodesEventsThatEventsListsWithTheDocumentedRecord() throws Exception {
    Run run = dyad("events", "--json");

    assertThat(run.exit()).as(run.err()).isZero();
    List<String> lines = run.out().lines().toList();
    assertThat(lines).isNotEmpty();
    JsonNode event = DyadJson.mapper().readTree(lines.stream().filter(l -> l.contains("\"163\"")).findFirst().orElseThrow());
    assertThat(iterable(event.fieldNames())).containsExactly("id", "doc", "date", "doc_date", "source", "target", "code",
        "root", "goldstein", "quad", "sentence", "verb", "rule", "confidence");
    assertThat(event.get("source").get("code").asText()).isEqualTo("USA");
    assertThat(event.get("target").get("code").asText()).isEqualTo("IMGMUSALQ");
    assertThat(event.get("goldstein").asDouble()).isEqualTo(-8.0);
    assertThat(event.get("quad").asInt()).isEqualTo(4);
    assertThat(event.get("verb").get("text").asText()).isEqualTo("imposed sanctions");
    assertThat(event.get("date").asText()).isEqualTo("2011-07-28");
    assertThat(event.get("id").asText()).matches("[0-9a-f]{16}");
  }

  @Test
  void eventsFiltersByActorAndRootAndExportsGdelt() throws Exception {
    Run irn = dyad("events", "--source", "IRN", "--json");
    assertThat(irn.exit()).isZero();
    assertThat(irn.out().lines()).allMatch(line -> line.contains("\"source\":{\"code\":\"IRN"));
    Run none = dyad("events", "--root", "20", "--json");
    assertThat(none.out()).isEmpty();
    Run gdelt = dyad("events", "--format", "gdelt");
    assertThat(gdelt.exit()).isZero();
    assertThat(gdelt.out().lines().findFirst().orElseThrow()).startsWith("GLOBALEVENTID\tSQLDATE");
    assertThat(gdelt.out().lines().count()).isEqualTo(dyad("events", "--json").out().lines().count() + 1);
    Run bad = dyad("events", "--root", "twenty");
    assertThat(bad.exit()).isEqualTo(1);
    assertThat(bad.err().strip()).contains("--root").doesNotContain("\n");
  }

  @Test
  void exportWritesFollowTheMoneyStixAndTablesForTheScope() throws Exception {
    long events = dyad("events", "--json").out().lines().count();
    assertThat(events).isPositive();

    Run ftm = dyad("export", "--format", "ftm");
    assertThat(ftm.exit()).as(ftm.err()).isZero();
    List<JsonNode> entities = new ArrayList<>();
    for (String line : ftm.out().split("\n")) {
      entities.add(DyadJson.mapper().readTree(line));
    }
    assertThat(entities).filteredOn(e -> e.get("id").asText().startsWith("dyad-event-")).hasSize((int) events);
    assertThat(entities).filteredOn(e -> e.get("id").asText().startsWith("dyad-cluster-")).isNotEmpty()
        .allMatch(e -> e.get("schema").asText().equals("Event"));
    assertThat(entities).filteredOn(e -> e.get("schema").asText().equals("Document")).isNotEmpty();

    Run stix = dyad("export", "--format", "stix", "--source", "IRN");
    JsonNode bundle = DyadJson.mapper().readTree(stix.out());
    assertThat(bundle.get("type").asText()).isEqualTo("bundle");
    assertThat(bundle.get("objects").findValuesAsText("type")).contains("report", "relationship", "grouping");

    Path tables = dir.resolve("tables");
    Run csv = dyad("export", "--format", "csv", "--out", tables.toString());
    assertThat(csv.exit()).as(csv.err()).isZero();
    assertThat(Files.readAllLines(tables.resolve("events.csv"))).hasSize((int) events + 1);
    assertThat(Files.readString(tables.resolve("actors.csv"))).startsWith("code,name,as_source,as_target");
    List<String> clusters = Files.readAllLines(tables.resolve("clusters.csv"));
    assertThat(clusters.getFirst())
        .isEqualTo("id,source,target,root,first_date,last_date,mentions,outlets,confidence,event_ids");
    assertThat(clusters).hasSizeGreaterThan(1).hasSizeLessThanOrEqualTo((int) events + 1);
    assertThat(clusters.get(1).split(",")).hasSize(10);
    Run parquet = dyad("export", "--format", "parquet", "--out", dir.resolve("parquet").toString(), "--root", "20");
    assertThat(parquet.exit()).as(parquet.err()).isZero();
    assertThat(dir.resolve("parquet/documents.parquet")).exists();
    assertThat(dir.resolve("parquet/clusters.parquet")).exists();

    assertThat(dyad("export", "--format", "csv").exit()).isEqualTo(2);
    assertThat(dyad("export", "--format", "xml").err()).contains("--format must be ftm, stix, csv or parquet");
    assertThat(dyad("export", "--format", "ftm", "--from", "2011-13-01").err()).contains("--from must be a date");
  }

  @Test
  void relateAndTimelineCountOnlyReportsGradedAtLeastTheMinimum() throws Exception {
    JsonNode hit = DyadJson.mapper().readTree(dyad("search", "--json", "deported").out()).get("results").get(0);
    assertThat(dyad("grade", hit.get("doc").asText(), "C3").exit()).isZero();

    JsonNode all = DyadJson.mapper().readTree(dyad("relate", "IRN", "IMGMUSALQ", "--json").out());
    JsonNode c3 = DyadJson.mapper().readTree(dyad("relate", "IRN", "IMGMUSALQ", "--json", "--min-grade", "C3").out());
    JsonNode b2 = DyadJson.mapper().readTree(dyad("relate", "IRN", "IMGMUSALQ", "--json", "--min-grade", "B2").out());

    assertThat(clusters(all)).isPositive();
    assertThat(clusters(c3)).isEqualTo(clusters(all));
    assertThat(clusters(b2)).isZero();
    assertThat(dyad("timeline", "IRN", "IMGMUSALQ", "--json", "--min-grade", "B2").out()).contains("\"events\":[]");
    assertThat(dyad("relate", "IRN", "IMGMUSALQ", "--min-grade", "Z9").err()).contains("not an Admiralty grade: 'Z9'");
  }

  private static long clusters(JsonNode relation) {
    long total = 0;
    for (JsonNode period : relation.get("series")) {
      total += period.get("clusters").asLong();
    }
    return total;
  }

  @Test
  void gradesGoToOutletsAndDocumentsAndADocumentsOwnGradeWins() throws Exception {
    Run outlet = dyad("grade", "gulf-wire", "c3");
    assertThat(outlet.exit()).as(outlet.err()).isZero();
    assertThat(outlet.out()).contains("Graded outlet gulf-wire C3");
    assertThat(dyad("grade").out()).contains("gulf-wire").contains("C3");

    JsonNode hit = DyadJson.mapper().readTree(dyad("search", "--json", "deported").out()).get("results").get(0);
    String doc = hit.get("doc").asText();
    Run document = dyad("grade", doc.substring(0, 10), "A1");
    assertThat(document.exit()).as(document.err()).isZero();
    assertThat(document.out()).contains("Graded document " + doc.substring(0, 12));

    assertThat(dyad("grade", "no-such-outlet", "B2").err()).contains("no outlet or document called no-such-outlet");
    assertThat(dyad("grade", "gulf-wire", "G7").err()).contains("not an Admiralty grade: 'G7'");
  }

  @Test
  void recodeReplacesRatherThanDuplicatesEvents() throws Exception {
    long before = dyad("events", "--json").out().lines().count();
    Run recode = dyad("recode");
    assertThat(recode.exit()).as(recode.err()).isZero();
    assertThat(recode.out()).contains("Coded 2 documents");
    assertThat(dyad("events", "--json").out().lines().count()).isEqualTo(before);
  }

  @Test
  void codeReadsJsonLinesAndReportsBadLinesWithoutLosingTheOthers() throws Exception {
    Path input = dir.resolve("texts.jsonl");
    Files.writeString(input, String.join("\n",
        "{\"id\":\"a\",\"date\":\"2002-08-12\",\"text\":\"Iran deported sixteen al-Qaeda members to Saudi Arabia.\"}",
        "{\"id\":\"b\",\"date\":\"12 August\",\"text\":\"x\"}",
        "not json",
        "{\"id\":\"c\",\"text\":\"The United States imposed sanctions on Iran.\"}"));
    Path output = dir.resolve("events.jsonl");
    Run run = dyad("code", "--in", input.toString(), "--out", output.toString(), "--threads", "1");

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.err()).contains("line 2: record b: \"date\" is not yyyy-mm-dd").contains("line 3: not a JSON object");
    List<String> events = Files.readAllLines(output);
    assertThat(events).anyMatch(line -> line.contains("\"doc\":\"a\"") && line.contains("\"code\":\"174\""));
    JsonNode sanction = DyadJson.mapper().readTree(events.stream().filter(l -> l.contains("\"doc\":\"c\"")).findFirst().orElseThrow());
    String text = "The United States imposed sanctions on Iran.";
    JsonNode target = sanction.get("target");
    assertThat(text.substring(target.get("start").asInt(), target.get("end").asInt())).isEqualTo(target.get("text").asText());
    assertThat(sanction.get("date").isNull()).isTrue();
  }

  @Test
  void codeCodesConlluParsesWithoutParsing() throws Exception {
    Run run = codeConllu("parsed.conllu",
        "# doc_id = d1",
        "# date = 2010-03-30",
        "# text = Iran attacked Iraq.",
        "1\tIran\tIran\tPROPN\tNNP\t_\t2\tnsubj\t_\t_",
        "2\tattacked\tattack\tVERB\tVBD\t_\t0\troot\t_\t_",
        "3\tIraq\tIraq\tPROPN\tNNP\t_\t2\tobj\t_\tSpaceAfter=No",
        "4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_");

    assertThat(run.exit()).as(run.err()).isZero();
    JsonNode event = DyadJson.mapper().readTree(run.out().lines().findFirst().orElseThrow());
    assertThat(event.get("source").get("code").asText()).isEqualTo("IRN");
    assertThat(event.get("target").get("code").asText()).isEqualTo("IRQ");
    assertThat(event.get("root").asText()).isEqualTo("19");
    assertThat(event.get("doc").asText()).isEqualTo("d1");
  }

  /** {@code dyad code --input-format conllu} on a file of the given lines. */
  private static Run codeConllu(String file, String... lines) throws java.io.IOException {
    Path input = dir.resolve(file);
    Files.writeString(input, String.join("\n", lines) + "\n");
    return dyad("code", "--in", input.toString(), "--input-format", "conllu");
  }

  @Test
  void codeCodesAnEventANounNamesWithoutAVerb() throws Exception {
    Run run = codeConllu("noun.conllu",
        "# doc_id = n1",
        "# text = Israel's invasion of Lebanon began.",
        "1\tIsrael\tIsrael\tPROPN\tNNP\t_\t3\tnmod:poss\t_\tSpaceAfter=No",
        "2\t's\t's\tPART\tPOS\t_\t1\tcase\t_\t_",
        "3\tinvasion\tinvasion\tNOUN\tNN\t_\t6\tnsubj\t_\t_",
        "4\tof\tof\tADP\tIN\t_\t5\tcase\t_\t_",
        "5\tLebanon\tLebanon\tPROPN\tNNP\t_\t3\tnmod\t_\t_",
        "6\tbegan\tbegin\tVERB\tVBD\t_\t0\troot\t_\tSpaceAfter=No",
        "7\t.\t.\tPUNCT\t.\t_\t6\tpunct\t_\t_");

    assertThat(run.exit()).as(run.err()).isZero();
    JsonNode event = DyadJson.mapper().readTree(run.out().lines().findFirst().orElseThrow());
    assertThat(event.get("code").asText()).isEqualTo("190");
    assertThat(event.get("rule").asText()).isEqualTo("noun: INVASION [190]");
    assertThat(event.get("verb").get("text").asText()).isEqualTo("invasion");
  }

  @Test
  void evalOnPloverRecordsNamesWhatItsReferenceFolderLacks() throws Exception {
    Path records = dir.resolve("plover.json");
    Files.writeString(records, "[]");
    Run run = dyad("eval", records.toString(), "--dictionaries", dir.toString());

    assertThat(run.exit()).isNotZero();
    assertThat(run.err()).contains("does not hold CAMEO.2.0.txt");
  }
}
