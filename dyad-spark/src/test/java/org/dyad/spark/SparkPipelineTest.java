package org.dyad.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.dyad.core.analysis.StateAgents;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job in local mode on part of the sample corpus: a plain-text outlet, a mixed one (e-mail,
 * Word and PDF, through Tika; its scanned PDF left out) and the corrupt PDF. One job run serves every test;
 * the embedded pipeline runs once, for the comparison.
 */
class SparkPipelineTest {

  /**
   * What a pipeline produced: document ids, event ids, the paths of the files that failed, and the
   * member event ids of each event cluster by cluster id.
   */
  record Coded(Set<String> documents, Set<String> events, Set<String> failures, Map<String, Set<String>> clusters) {}

  private static final Path SAMPLE = Path.of("..", "sample-corpus", "documents");

  @TempDir static Path dir;
  private static Path corpus;
  private static Path output;
  private static JobReport report;
  private static Coded embedded;

  @BeforeAll
  static void runTheJob() throws IOException {
    corpus = dir.resolve("corpus");
    copy(SAMPLE.resolve("kabul-dispatch"), corpus.resolve("kabul-dispatch"));
    copy(SAMPLE.resolve("captured-documents"), corpus.resolve("captured-documents"));
    // The scanned page costs a minute of OCR in each pipeline; the other formats take the same path.
    Files.delete(corpus.resolve("captured-documents/2008-10-02-note-on-saad-departure.pdf"));
    Files.createDirectories(corpus.resolve("treasury-press-releases"));
    Files.copy(SAMPLE.resolve("treasury-press-releases/corrupt-report.pdf"),
        corpus.resolve("treasury-press-releases/corrupt-report.pdf"));
    output = dir.resolve("out");
    report = SparkPipeline.run(spark(), new JobOptions(corpus.toString(), InputFormat.FILES, output.toString(), null, 0));
  }

  @Test
  void codesAndClustersTheSameEventsAsTheEmbeddedPipeline() throws Exception {
    Coded embedded = embedded();

    assertThat(embedded.events()).hasSizeGreaterThan(10);
    assertThat(strings(table(WorkspaceTables.EVENTS), "id")).isEqualTo(embedded.events());
    assertThat(strings(table(WorkspaceTables.DOCUMENTS), "id")).isEqualTo(embedded.documents());
    assertThat(fileNames(strings(table(WorkspaceTables.FAILURES), "path"))).isEqualTo(fileNames(embedded.failures()));
  }

  @Test
  void clustersTheEventsAsTheEmbeddedClusterStageDoesIdForId() throws Exception {
    Map<String, Set<String>> embedded = embedded().clusters();
    Map<String, Set<String>> spark = new TreeMap<>();
    for (Row cluster : table(WorkspaceTables.CLUSTERS).collectAsList()) {
      spark.put(cluster.getAs("id"), new TreeSet<>(cluster.<String>getList(cluster.fieldIndex("event_ids"))));
    }

    // Some events merge (else the comparison would only show that both keep every event alone).
    assertThat(embedded.values()).anySatisfy(members -> assertThat(members).hasSizeGreaterThan(1));
    assertThat(embedded.size()).isLessThan(embedded().events().size());
    assertThat(spark).isEqualTo(embedded);
  }

  @Test
  void recordsTheCorruptFileAsAFailureAndKeepsEveryOtherDocument() throws IOException {
    List<Row> failures = table(WorkspaceTables.FAILURES).collectAsList();
    long files;
    try (Stream<Path> walk = Files.walk(corpus)) {
      files = walk.filter(Files::isRegularFile).count();
    }

    assertThat(failures).anySatisfy(failure -> {
      assertThat(failure.<String>getAs("path")).endsWith("treasury-press-releases/corrupt-report.pdf");
      assertThat(failure.<String>getAs("stage")).isEqualTo("EXTRACT");
      assertThat(failure.<String>getAs("reason")).isNotBlank();
    });
    assertThat(report.documents() + report.failures()).isEqualTo(files);
    assertThat(report.documents()).isEqualTo(table(WorkspaceTables.DOCUMENTS).count());
  }

  @Test
  void writesTheWorkspaceColumnsInTheWorkspaceOrder() throws IOException {
    assertThat(table(WorkspaceTables.DOCUMENTS).columns())
        .containsExactlyElementsOf(append(workspaceColumns("V1__documents.sql", "documents"), "text"));
    assertThat(table(WorkspaceTables.SENTENCES).columns())
        .containsExactlyElementsOf(workspaceColumns("V2__annotations.sql", "sentences"));
    assertThat(table(WorkspaceTables.MENTIONS).columns())
        .containsExactlyElementsOf(workspaceColumns("V2__annotations.sql", "mentions"));
    assertThat(table(WorkspaceTables.EVENTS).columns()).containsExactlyElementsOf(workspaceColumns("V3__events.sql", "events"));
    assertThat(table(WorkspaceTables.FAILURES).columns())
        .containsExactlyElementsOf(workspaceColumns("V1__documents.sql", "failures"));
    assertThat(table(WorkspaceTables.CLUSTERS).columns())
        .containsExactlyElementsOf(workspaceColumns("V6__attach.sql", "event_clusters"));
  }

  @Test
  void putsEveryEventInExactlyOneClusterOfItsFoldedDyadAndRoot() {
    Map<String, String> dyadOfEvent = new HashMap<>();
    for (Row event : table(WorkspaceTables.EVENTS).collectAsList()) {
      dyadOfEvent.put(event.getAs("id"), StateAgents.fold(event.getAs("source_code")) + ">"
          + StateAgents.fold(event.getAs("target_code")) + ":" + event.getAs("root"));
    }
    List<String> members = new ArrayList<>();
    List<Row> clusters = table(WorkspaceTables.CLUSTERS).collectAsList();
    for (Row cluster : clusters) {
      List<String> ids = cluster.getList(cluster.fieldIndex("event_ids"));
      String dyad = cluster.getAs("source_code") + ">" + cluster.getAs("target_code") + ":" + cluster.getAs("root");
      assertThat(cluster.<Integer>getAs("events")).isEqualTo(ids.size());
      assertThat(ids).allSatisfy(id -> assertThat(dyadOfEvent.get(id)).isEqualTo(dyad));
      members.addAll(ids);
    }
    assertThat(members).doesNotHaveDuplicates();
    assertThat(new TreeSet<>(members)).isEqualTo(dyadOfEvent.keySet());
    assertThat((long) clusters.size()).isEqualTo(report.clusters()).isLessThanOrEqualTo(report.events());
  }

  @Test
  void readsJsonLinesAndReportsEachBadRecordWithoutStopping() throws IOException {
    Path records = dir.resolve("records.jsonl");
    Files.writeString(records, String.join("\n",
        "{\"id\":\"a1\",\"date\":\"2011-07-29\",\"outlet\":\"Wire\",\"text\":\"The United States imposed sanctions on"
            + " three al-Qaeda leaders living in Iran on Thursday.\"}",
        "{\"id\":\"a2\",\"date\":\"29/07/2011\",\"text\":\"Iran condemned the United States.\"}",
        "{\"id\":\"a3\",\"date\":\"2011-07-30\"}",
        "this line is not JSON",
        ""));
    Path out = dir.resolve("records-out");

    JobReport run = SparkPipeline.run(spark(), new JobOptions(records.toString(), InputFormat.JSONL, out.toString(), null, 2));

    Row document = spark().read().parquet(out.resolve(WorkspaceTables.DOCUMENTS).toString()).first();
    assertThat(run.documents()).isEqualTo(1);
    assertThat(document.<String>getAs("outlet")).isEqualTo("Wire");
    assertThat(document.<String>getAs("path")).endsWith("records.jsonl#a1");
    assertThat(document.getAs("doc_date").toString()).isEqualTo("2011-07-29");
    assertThat(run.events()).isGreaterThanOrEqualTo(1);
    List<String> reasons = spark().read().parquet(out.resolve(WorkspaceTables.FAILURES).toString()).collectAsList().stream()
        .map(row -> row.<String>getAs("path").replaceAll(".*#", "") + ": " + row.getAs("reason")).sorted().toList();
    assertThat(reasons).hasSize(3);
    assertThat(reasons.get(0)).startsWith("?: not a JSON object").contains("this line is not JSON");
    assertThat(reasons.get(1)).isEqualTo("a2: the date '29/07/2011' is not yyyy-mm-dd");
    assertThat(reasons.get(2)).isEqualTo("a3: the record has no text");
  }

  /** The embedded pipeline on the same corpus, run once for the tests that compare with it. */
  private static synchronized Coded embedded() throws Exception {
    if (embedded == null) {
      embedded = EmbeddedPipeline.run(corpus, dir.resolve("workspace"));
    }
    return embedded;
  }

  private static SparkSession spark() {
    return LocalSpark.session();
  }

  private static Dataset<Row> table(String name) {
    return spark().read().parquet(output.resolve(name).toString());
  }

  private static Set<String> strings(Dataset<Row> table, String column) {
    Set<String> values = new TreeSet<>();
    table.select(column).collectAsList().forEach(row -> values.add(row.getString(0)));
    return values;
  }

  private static Set<String> fileNames(Set<String> paths) {
    Set<String> names = new TreeSet<>();
    paths.forEach(path -> names.add(path.substring(path.lastIndexOf('/') + 1)));
    return names;
  }

  /** The column names of a CREATE TABLE in one of dyad-store's migrations, in order. */
  private static List<String> workspaceColumns(String script, String table) throws IOException {
    String sql;
    try (InputStream in = SparkPipelineTest.class.getResourceAsStream("/org/dyad/store/migrations/" + script)) {
      sql = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("--[^\n]*", "");
    }
    Matcher create = Pattern.compile("CREATE TABLE " + table + " \\((.*?)\\n\\);", Pattern.DOTALL).matcher(sql);
    assertThat(create.find()).as("table " + table + " in " + script).isTrue();
    return Arrays.stream(create.group(1).split("\n")).map(String::strip).filter(line -> !line.isEmpty())
        .filter(line -> !line.startsWith("PRIMARY KEY")).map(line -> line.split("\\s+")[0]).toList();
  }

  private static List<String> append(List<String> columns, String column) {
    List<String> all = new ArrayList<>(columns);
    all.add(column);
    return all;
  }

  private static void copy(Path from, Path to) throws IOException {
    Files.createDirectories(to);
    try (Stream<Path> files = Files.list(from)) {
      for (Path file : files.toList()) {
        Files.copy(file, to.resolve(file.getFileName()));
      }
    }
  }
}
