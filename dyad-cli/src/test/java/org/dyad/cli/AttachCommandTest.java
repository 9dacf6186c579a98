package org.dyad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.dyad.core.json.DyadJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dyad attach} on a documents table laid out as the Spark job writes it (made here with DuckDB). */
class AttachCommandTest {

  private static final String ID = "d".repeat(64);

  @TempDir Path dir;

  record Run(int exit, String out, String err) {}

  private Run dyad(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    String[] all = new String[args.length + 2];
    all[0] = "--workspace";
    all[1] = dir.resolve("ws").toString();
    System.arraycopy(args, 0, all, 2, args.length);
    int exit = DyadCli.run(all, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(exit, out.toString(), err.toString());
  }

  /** Writes one table of the Spark job's output from a query. */
  private static void writeTable(Path output, String table, String select) throws Exception {
    Files.createDirectories(output.resolve(table));
    try (Connection duck = DriverManager.getConnection("jdbc:duckdb:"); Statement sql = duck.createStatement()) {
      sql.execute("COPY (" + select + ") TO '" + output.resolve(table).resolve("part-00000.parquet") + "' (FORMAT parquet)");
    }
  }

  private static void writeDocument(Path output) throws Exception {
    writeTable(output, "documents", "SELECT '" + ID + "' AS id, '/archive/wire/a.txt' AS path, 'a.txt' AS file_name,"
        + " 'wire' AS outlet, 'Zanzibar talks' AS title, NULL::VARCHAR AS author, DATE '2011-07-29' AS doc_date,"
        + " 'DATELINE' AS date_source, 'en' AS language, 'text/plain' AS mime_type, 60::BIGINT AS size,"
        + " NULL::VARCHAR AS grade, TIMESTAMP '2026-01-01 10:00:00' AS ingested_at,"
        + " 'Envoys met in Zanzibar to talk about the ferry.' AS text");
  }

  @Test
  void attachedDocumentsAreSearchable() throws Exception {
    Path output = dir.resolve("spark-out");
    writeDocument(output);

    Run attach = dyad("attach", "--json", output.toString());

    assertThat(attach.exit()).as(attach.err()).isZero();
    JsonNode counts = DyadJson.mapper().readTree(attach.out());
    assertThat(counts.get("documents").asLong()).isEqualTo(1);
    assertThat(counts.get("indexed").asLong()).isEqualTo(1);
    JsonNode found = DyadJson.mapper().readTree(dyad("search", "--json", "Zanzibar").out());
    assertThat(found.get("total").asLong()).isEqualTo(1);
    assertThat(found.get("results").get(0).get("doc").asText()).isEqualTo(ID);
  }

  @Test
  void eventsAttachedWithoutClustersAreClusteredInTheWorkspace() throws Exception {
    Path output = dir.resolve("spark-out");
    writeDocument(output);
    // Two reports of one meeting, a day apart: one real-world event.
    writeTable(output, "events", "SELECT 'e' || n AS id, '" + ID + "' AS doc, DATE '2011-07-28' + n::INTEGER AS date,"
        + " DATE '2011-07-29' AS doc_date, 'IRN' AS source_code, 'Iran' AS source_name, 'Envoys' AS source_text,"
        + " 0 AS source_start, 6 AS source_end, NULL::VARCHAR AS source_person, 'SYR' AS target_code,"
        + " 'Syria' AS target_name, 'Zanzibar' AS target_text, 15 AS target_start, 23 AS target_end,"
        + " NULL::VARCHAR AS target_person, '040' AS code, '04' AS root, 1.0 AS goldstein, 1 AS quad,"
        + " 0 AS sentence_index, 0 AS sentence_start, 47 AS sentence_end, 'Envoys met.' AS sentence_text,"
        + " 'met' AS verb_text, 7 AS verb_start, 10 AS verb_end, 'MEET' AS rule, 0.9 AS confidence FROM range(1, 3) t(n)");

    Run attach = dyad("attach", "--json", output.toString());

    assertThat(attach.exit()).as(attach.err()).isZero();
    assertThat(DyadJson.mapper().readTree(attach.out()).get("clusters").asLong()).as("no clusters table").isZero();
    try (Connection workspace = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve("ws/dyad.duckdb"));
        Statement sql = workspace.createStatement();
        ResultSet rows = sql.executeQuery("SELECT string_agg(id || '>' || cluster, ' ' ORDER BY id) FROM clustered_events")) {
      rows.next();
      assertThat(rows.getString(1)).isEqualTo("e1>e1 e2>e1");
    }
  }

  @Test
  void aFolderThatIsNotSparkOutputIsAOneLineUserError() throws Exception {
    Files.createDirectories(dir.resolve("empty"));

    Run missing = dyad("attach", dir.resolve("nowhere").toString());
    Run empty = dyad("attach", dir.resolve("empty").toString());

    assertThat(missing.exit()).isEqualTo(1);
    assertThat(missing.err()).startsWith("dyad: no such folder").hasLineCount(1);
    assertThat(empty.exit()).isEqualTo(1);
    assertThat(empty.err()).contains("documents").hasLineCount(1);
    assertThat(dyad("attach").exit()).as("no folder given").isEqualTo(2);
  }
}
