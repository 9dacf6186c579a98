package org.dyad.store;

import static org.dyad.store.DuckDbDocumentStore.firstLine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Copies the Parquet tables a Spark run of the pipeline wrote (one folder per table: documents,
 * sentences, mentions, events, clusters, failures) into a workspace's catalogue, in one
 * transaction. DuckDB reads the Parquet files directly; the columns are the workspace's own, so
 * every command then works on them as on ingested documents; the job's event clusters become the
 * attached events' clusters in {@code clustered_events}. The documents are left unindexed: the
 * caller indexes them, as after a crash. Attaching the same folder again changes nothing: a
 * document's annotations and events are replaced, never duplicated.
 */
public final class ParquetAttachment {

  private static final String EVENT_COLUMNS = "id, doc, date, doc_date,"
      + " source_code, source_name, source_text, source_start, source_end, source_person,"
      + " target_code, target_name, target_text, target_start, target_end, target_person,"
      + " code, root, goldstein, quad, sentence_index, sentence_start, sentence_end, sentence_text,"
      + " verb_text, verb_start, verb_end, rule, confidence";
  private static final String CLUSTER_COLUMNS =
      "id, source_code, target_code, root, first_date, last_date, events, documents, outlets, event_ids";

  /** Rows attached, per table. */
  public record Counts(long documents, long sentences, long mentions, long events, long clusters, long failures) {}

  private ParquetAttachment() {}

  /**
   * @param folder the Spark job's output folder
   * @param parser the parser name to record with the annotated documents
   * @param coderVersion the coder version to record with the coded documents, so the code stage
   *     does not code them again
   */
  public static Counts attach(Workspace workspace, Path folder, String parser, String coderVersion) throws IOException {
    String documents = files(folder, "documents");
    if (documents == null) {
      throw new IllegalArgumentException(folder + " holds no documents/*.parquet: give the --output folder of the Spark job");
    }
    Connection connection = workspace.database().connection();
    try {
      connection.setAutoCommit(false);
      Counts counts;
      try (Statement statement = connection.createStatement()) {
        statement.execute("CREATE OR REPLACE TEMP TABLE attached AS SELECT DISTINCT id FROM " + documents);
        counts = new Counts(
            copyDocuments(statement, documents),
            replace(statement, files(folder, "sentences"), "sentences", "doc, idx, start_offset, end_offset, parse", "doc"),
            replace(statement, files(folder, "mentions"), "mentions",
                "doc, sentence, start_offset, end_offset, text, code, actor, person, rule", "doc"),
            replace(statement, files(folder, "events"), "events", EVENT_COLUMNS, "doc"),
            copyClusters(statement, files(folder, "clusters")),
            copyFailures(statement, files(folder, "failures")));
        record(connection, "annotated_documents", parser);
        record(connection, "coded_documents", coderVersion);
        statement.execute("DROP TABLE attached");
      }
      connection.commit();
      return counts;
    } catch (SQLException e) {
      Transactions.rollbackQuietly(connection);
      throw new IOException("cannot attach " + folder + ": " + firstLine(e), e);
    } finally {
      Transactions.restoreAutoCommit(connection);
    }
  }

  private static long copyDocuments(Statement statement, String documents) throws SQLException {
    long before = count(statement, "SELECT count(*) FROM documents");
    statement.execute("INSERT INTO documents SELECT id, path, file_name, outlet, title, author, doc_date, date_source,"
        + " language, mime_type, size, grade, ingested_at FROM " + documents + " ON CONFLICT DO NOTHING");
    statement.execute("INSERT INTO document_texts SELECT id, text FROM " + documents + " ON CONFLICT DO NOTHING");
    statement.execute("DELETE FROM failures WHERE path IN (SELECT path FROM " + documents + ")");
    return count(statement, "SELECT count(*) FROM documents") - before;
  }

  /** Replaces the attached documents' rows of a per-document table with the Parquet table's. */
  private static long replace(Statement statement, String files, String table, String columns, String docColumn)
      throws SQLException {
    statement.execute("DELETE FROM " + table + " WHERE " + docColumn + " IN (SELECT id FROM attached)");
    if (files == null) {
      return 0;
    }
    return statement.executeUpdate("INSERT INTO " + table + " (" + columns + ") SELECT " + columns + " FROM " + files);
  }

  /**
   * Copies the job's clusters and makes them the attached events' clusters in
   * {@code clustered_events}, which the analyses count from; the other events keep theirs. The job
   * clusters with the cluster stage's rule, so these are the clusters the stage gives for the
   * attached events alone, got without holding them all in one JVM; attached and earlier reports of
   * one event join when the stage next runs (after a judgement).
   */
  private static long copyClusters(Statement statement, String files) throws SQLException {
    if (files == null) {
      return 0;
    }
    long copied = statement.executeUpdate("INSERT OR REPLACE INTO event_clusters (" + CLUSTER_COLUMNS + ") SELECT "
        + CLUSTER_COLUMNS + " FROM " + files);
    statement.execute("CREATE OR REPLACE TEMP TABLE attached_clusters AS"
        + " SELECT id AS event_id, cluster FROM clustered_events WHERE doc NOT IN (SELECT id FROM attached)"
        + " UNION ALL SELECT unnest(event_ids) AS event_id, id AS cluster FROM " + files);
    DuckDbClusterStore.rebuild(statement, "attached_clusters");
    statement.execute("DROP TABLE attached_clusters");
    return copied;
  }

  private static long copyFailures(Statement statement, String files) throws SQLException {
    if (files == null) {
      return 0;
    }
    return statement.executeUpdate("INSERT OR REPLACE INTO failures SELECT path, stage, reason, failed_at FROM " + files);
  }

  private static void record(Connection connection, String table, String version) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(
        "INSERT OR REPLACE INTO " + table + " SELECT id, ?, current_timestamp FROM attached")) {
      statement.setString(1, version);
      statement.executeUpdate();
    }
  }

  /** {@code read_parquet([...])} over a table folder's Parquet files, or null when it has none. */
  private static String files(Path folder, String table) {
    Path tableFolder = folder.resolve(table);
    if (!Files.isDirectory(tableFolder)) {
      return null;
    }
    List<String> quoted = new ArrayList<>();
    try (Stream<Path> files = Files.list(tableFolder)) {
      files.filter(file -> file.getFileName().toString().endsWith(".parquet")).sorted()
          .forEach(file -> quoted.add("'" + file.toAbsolutePath().toString().replace("'", "''") + "'"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + tableFolder + ": " + e.getMessage(), e);
    }
    return quoted.isEmpty() ? null : "read_parquet([" + String.join(", ", quoted) + "])";
  }

  private static long count(Statement statement, String sql) throws SQLException {
    try (ResultSet rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    }
  }
}
