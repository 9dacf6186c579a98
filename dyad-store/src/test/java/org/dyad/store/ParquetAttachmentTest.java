package org.dyad.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import org.dyad.core.event.Event;
import org.dyad.core.event.EventQuery;
import org.dyad.core.nlp.Mention;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Parquet tables laid out as the Spark job writes them, made here with DuckDB, attached to a workspace. */
class ParquetAttachmentTest {

  private static final String A = "a".repeat(64);
  private static final String TEXT = "Iran met Syria in Tehran on Friday.";

  @TempDir Path dir;
  private Path output;

  @BeforeEach
  void writeTables() throws Exception {
    output = dir.resolve("spark-output");
    try (Connection duck = DriverManager.getConnection("jdbc:duckdb:"); Statement sql = duck.createStatement()) {
      copy(sql, "documents", "SELECT '" + A + "' AS id, '/corpus/wire/a.txt' AS path, 'a.txt' AS file_name,"
          + " 'wire' AS outlet, 'Iran met Syria' AS title, NULL::VARCHAR AS author, DATE '2011-07-29' AS doc_date,"
          + " 'DATELINE' AS date_source, 'en' AS language, 'text/plain' AS mime_type, 35::BIGINT AS size,"
          + " NULL::VARCHAR AS grade, TIMESTAMP '2026-01-01 10:00:00' AS ingested_at, '" + TEXT + "' AS text");
      copy(sql, "sentences", "SELECT '" + A + "' AS doc, 0 AS idx, 0 AS start_offset, 35 AS end_offset, '# parse' AS parse");
      copy(sql, "mentions", "SELECT * FROM (VALUES ('" + A + "', 0, 0, 4, 'Iran', 'IRN', 'Iran', NULL, 'phrase'),"
          + " ('" + A + "', 0, 9, 14, 'Syria', 'SYR', 'Syria', NULL, 'phrase'))"
          + " t(doc, sentence, start_offset, end_offset, text, code, actor, person, rule)");
      copy(sql, "events", "SELECT 'e1' AS id, '" + A + "' AS doc, DATE '2011-07-29' AS date, DATE '2011-07-29' AS doc_date,"
          + " 'IRN' AS source_code, 'Iran' AS source_name, 'Iran' AS source_text, 0 AS source_start, 4 AS source_end,"
          + " NULL::VARCHAR AS source_person, 'SYR' AS target_code, 'Syria' AS target_name, 'Syria' AS target_text,"
          + " 9 AS target_start, 14 AS target_end, NULL::VARCHAR AS target_person, '040' AS code, '04' AS root,"
          + " 1.0 AS goldstein, 1 AS quad, 0 AS sentence_index, 0 AS sentence_start, 35 AS sentence_end,"
          + " '" + TEXT + "' AS sentence_text, 'met' AS verb_text, 5 AS verb_start, 8 AS verb_end, 'MEET' AS rule,"
          + " 0.9 AS confidence");
      copy(sql, "clusters", "SELECT 'c1' AS id, 'IRN' AS source_code, 'SYR' AS target_code, '04' AS root,"
          + " DATE '2011-07-29' AS first_date, DATE '2011-07-29' AS last_date, 1 AS events, 1 AS documents,"
          + " 1 AS outlets, ['e1'] AS event_ids");
      copy(sql, "failures", "SELECT '/corpus/wire/bad.pdf' AS path, 'EXTRACT' AS stage, 'not a PDF' AS reason,"
          + " TIMESTAMP '2026-01-01 10:00:00' AS failed_at");
    }
  }

  private void copy(Statement sql, String table, String select) throws Exception {
    Files.createDirectories(output.resolve(table));
    sql.execute("COPY (" + select + ") TO '" + output.resolve(table).resolve("part-00000.parquet") + "' (FORMAT parquet)");
  }

  @Test
  void copiesEveryTableSoTheWorkspaceReadsThemAsItsOwn() throws Exception {
    try (Workspace workspace = Workspace.open(dir.resolve("ws"), "test")) {
      ParquetAttachment.Counts counts = ParquetAttachment.attach(workspace, output, "parser-1", "coder-1");

      assertThat(counts).isEqualTo(new ParquetAttachment.Counts(1, 1, 2, 1, 1, 1));
      assertThat(workspace.catalogue().text(A)).contains(TEXT);
      assertThat(workspace.catalogue().document(A).orElseThrow().date()).isEqualTo(LocalDate.of(2011, 7, 29));
      assertThat(workspace.catalogue().unindexed(10)).containsExactly(A);
      assertThat(workspace.annotations().mentions(A)).extracting(Mention::code).containsExactly("IRN", "SYR");
      assertThat(workspace.annotations().parse(A, 0)).contains("# parse");
      List<Event> events = workspace.events().events(EventQuery.all(10));
      assertThat(events).extracting(Event::id, Event::code, Event::goldstein).containsExactly(
          org.assertj.core.groups.Tuple.tuple("e1", "040", 1.0));
      assertThat(workspace.events().uncoded("coder-1")).isEmpty();
      assertThat(workspace.catalogue().failures()).extracting(failure -> failure.path()).containsExactly("/corpus/wire/bad.pdf");
      assertThat(clusterMembers(workspace)).isEqualTo("c1=[e1]");
      assertThat(clusteredEvents(workspace)).containsExactly("e1 in c1 of 2011-07-29, 1 mention(s) from 1 outlet(s)");
      assertThat(workspace.clusters().unclustered()).isFalse();
    }
  }

  @Test
  void attachingTheSameFolderAgainChangesNothing() throws Exception {
    try (Workspace workspace = Workspace.open(dir.resolve("ws"), "test")) {
      ParquetAttachment.attach(workspace, output, "parser-1", "coder-1");

      ParquetAttachment.Counts again = ParquetAttachment.attach(workspace, output, "parser-1", "coder-1");

      assertThat(again.documents()).isZero();
      assertThat(workspace.events().count()).isEqualTo(1);
      assertThat(clusteredEvents(workspace)).containsExactly("e1 in c1 of 2011-07-29, 1 mention(s) from 1 outlet(s)");
      assertThat(workspace.annotations().mentions(A)).hasSize(2);
      assertThat(workspace.catalogue().status().documents()).isEqualTo(1);
    }
  }

  @Test
  void refusesAFolderWithoutDocumentsNamingIt() throws Exception {
    Path empty = Files.createDirectories(dir.resolve("not-spark"));
    try (Workspace workspace = Workspace.open(dir.resolve("ws"), "test")) {
      assertThatThrownBy(() -> ParquetAttachment.attach(workspace, empty, "p", "c"))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not-spark").hasMessageContaining("documents");
    }
  }

  /** The rows the analyses count from, one line each. */
  private static List<String> clusteredEvents(Workspace workspace) throws Exception {
    List<String> lines = new java.util.ArrayList<>();
    try (Statement sql = workspace.database().connection().createStatement();
        ResultSet rows = sql.executeQuery("SELECT concat(id, ' in ', cluster, ' of ', cluster_date, ', ', mentions,"
            + " ' mention(s) from ', cluster_outlets, ' outlet(s)') FROM clustered_events ORDER BY id")) {
      while (rows.next()) {
        lines.add(rows.getString(1));
      }
    }
    return lines;
  }

  private static String clusterMembers(Workspace workspace) throws Exception {
    try (Statement sql = workspace.database().connection().createStatement();
        ResultSet rows = sql.executeQuery("SELECT id || '=' || CAST(event_ids AS VARCHAR) FROM event_clusters")) {
      rows.next();
      return rows.getString(1);
    }
  }
}
