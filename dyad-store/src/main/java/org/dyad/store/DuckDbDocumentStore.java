package org.dyad.store;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.dyad.core.model.Document;
import org.dyad.core.model.DocumentText;
import org.dyad.core.model.IngestFailure;
import org.dyad.core.search.FacetCount;
import org.dyad.core.store.DocumentStore;
import org.dyad.core.store.WorkspaceStatus;

/**
 * The document catalogue in an embedded DuckDB database. One connection, used by one thread at a
 * time: DuckDB admits one writing process, and the workspace lock makes that process this one.
 */
public final class DuckDbDocumentStore implements DocumentStore {

  private static final String DOCUMENT_COLUMNS =
      "id, path, file_name, outlet, title, author, doc_date, date_source, language, mime_type, size, grade";
  private final DuckDBConnection connection;
  /** A second connection for lookups, so scanning threads need not wait for a write to commit. */
  private final Connection lookups;
  private PreparedStatement containsQuery;

  private DuckDbDocumentStore(DuckDBConnection connection, Connection lookups) {
    this.connection = connection;
    this.lookups = lookups;
  }

  /** Opens (creating and migrating) the database file. */
  public static DuckDbDocumentStore open(Path databaseFile) throws IOException {
    try {
      DuckDBConnection connection =
          (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:" + databaseFile, new Properties());
      SchemaMigrations.migrate(connection);
      try (Statement statement = connection.createStatement()) {
        statement.execute("CREATE TEMP TABLE staged_documents AS FROM documents LIMIT 0");
        statement.execute("CREATE TEMP TABLE staged_texts AS FROM document_texts LIMIT 0");
        statement.execute("CREATE TEMP TABLE staged_ids AS FROM indexed_documents LIMIT 0");
      }
      return new DuckDbDocumentStore(connection, connection.duplicate());
    } catch (SQLException e) {
      throw new IOException("cannot open the workspace database " + databaseFile + ": " + firstLine(e), e);
    }
  }

  /**
   * A connection of its own to this database, for a store that must not share the catalogue's
   * transactions; {@link Workspace} opens each store on one.
   */
  DuckDBConnection newConnection() throws IOException {
    try {
      return connection.duplicate();
    } catch (SQLException e) {
      throw new IOException("cannot open a second connection to the workspace database: " + firstLine(e), e);
    }
  }

  /** The JDBC connection, for the analysis stages that query the catalogue with SQL. */
  public Connection connection() {
    return connection;
  }

  @Override
  public boolean contains(String documentId) throws IOException {
    synchronized (lookups) {
      try {
        if (containsQuery == null) {
          containsQuery = lookups.prepareStatement("SELECT 1 FROM documents WHERE id = ?");
        }
        containsQuery.setString(1, documentId);
        try (ResultSet rows = containsQuery.executeQuery()) {
          return rows.next();
        }
      } catch (SQLException e) {
        throw new IOException("workspace query failed: " + firstLine(e), e);
      }
    }
  }

  @Override
  public synchronized void add(List<DocumentText> batch) throws IOException {
    if (batch.isEmpty()) {
      return;
    }
    try {
      connection.setAutoCommit(false);
      // The appender is DuckDB's fast path; staging tables let the insert skip documents already
      // present, which an appender alone cannot. Emptying them first also makes the appenders join
      // the transaction: one opened before any statement would commit its rows on its own.
      try (Statement statement = connection.createStatement()) {
        statement.execute("DELETE FROM staged_documents");
        statement.execute("DELETE FROM staged_texts");
      }
      LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
      try (DuckDBAppender documents = connection.createAppender("temp", "main", "staged_documents")) {
        for (DocumentText entry : batch) {
          appendDocument(documents, entry.document(), now);
        }
      }
      try (DuckDBAppender texts = connection.createAppender("temp", "main", "staged_texts")) {
        for (DocumentText entry : batch) {
          texts.beginRow().append(entry.document().id()).append(entry.text()).endRow();
        }
      }
      try (Statement statement = connection.createStatement()) {
        statement.execute("INSERT INTO documents SELECT * FROM staged_documents ON CONFLICT DO NOTHING");
        statement.execute("INSERT INTO document_texts SELECT * FROM staged_texts ON CONFLICT DO NOTHING");
        statement.execute("DELETE FROM failures WHERE path IN (SELECT path FROM staged_documents)");
        statement.execute("DELETE FROM staged_documents");
        statement.execute("DELETE FROM staged_texts");
      }
      connection.commit();
    } catch (SQLException e) {
      Transactions.rollbackQuietly(connection);
      throw new IOException("cannot store " + batch.size() + " documents: " + firstLine(e), e);
    } finally {
      Transactions.restoreAutoCommit(connection);
    }
  }

  private static void appendDocument(DuckDBAppender row, Document doc, LocalDateTime now) throws SQLException {
    row.beginRow().append(doc.id()).append(doc.path()).append(doc.fileName()).append(doc.outlet()).append(doc.title());
    appendNullable(row, doc.author());
    if (doc.date() == null) {
      row.appendNull();
    } else {
      row.append(doc.date());
    }
    row.append(doc.dateSource().name());
    appendNullable(row, doc.language());
    appendNullable(row, doc.mimeType());
    row.append(doc.size());
    appendNullable(row, doc.grade());
    row.append(now).endRow();
  }

  private static void appendNullable(DuckDBAppender row, String value) throws SQLException {
    if (value == null) {
      row.appendNull();
    } else {
      row.append(value);
    }
  }

  @Override
  public void forEachDocumentId(java.util.function.Consumer<String> action) throws IOException {
    synchronized (lookups) {
      try (Statement statement = lookups.createStatement();
          ResultSet rows = statement.executeQuery("SELECT id FROM documents")) {
        while (rows.next()) {
          action.accept(rows.getString(1));
        }
      } catch (SQLException e) {
        throw new IOException("cannot list documents: " + firstLine(e), e);
      }
    }
  }

  @Override
  public synchronized Optional<Document> document(String documentId) throws IOException {
    return query(
        "SELECT " + DOCUMENT_COLUMNS + " FROM documents WHERE id = ?",
        documentId,
        rows -> rows.next() ? Optional.of(readDocument(rows)) : Optional.empty());
  }

  @Override
  public synchronized Optional<Document> documentByPrefix(String idPrefix) throws IOException {
    if (!idPrefix.matches("[0-9a-f]{6,64}")) {
      throw new IllegalArgumentException("a document id is 6 to 64 lowercase hex digits: " + idPrefix);
    }
    List<Document> found = query(
        "SELECT " + DOCUMENT_COLUMNS + " FROM documents WHERE starts_with(id, ?) LIMIT 2",
        idPrefix,
        rows -> {
          List<Document> docs = new ArrayList<>();
          while (rows.next()) {
            docs.add(readDocument(rows));
          }
          return docs;
        });
    if (found.size() > 1) {
      throw new IllegalArgumentException("document id prefix " + idPrefix + " is ambiguous: give more digits");
    }
    return found.stream().findFirst();
  }

  private static Document readDocument(ResultSet rows) throws SQLException {
    Date date = rows.getDate(7);
    return new Document(
        rows.getString(1),
        rows.getString(2),
        rows.getString(3),
        rows.getString(4),
        rows.getString(5),
        rows.getString(6),
        date == null ? null : date.toLocalDate(),
        Document.DateSource.valueOf(rows.getString(8)),
        rows.getString(9),
        rows.getString(10),
        rows.getLong(11),
        rows.getString(12));
  }

  @Override
  public synchronized Optional<String> text(String documentId) throws IOException {
    return query(
        "SELECT text FROM document_texts WHERE id = ?",
        documentId,
        rows -> rows.next() ? Optional.of(rows.getString(1)) : Optional.empty());
  }

  @Override
  public synchronized List<String> unindexed(int limit) throws IOException {
    try (PreparedStatement statement = connection.prepareStatement(
        "SELECT d.id FROM documents d ANTI JOIN indexed_documents i ON d.id = i.id ORDER BY d.id LIMIT ?")) {
      statement.setInt(1, limit);
      try (ResultSet rows = statement.executeQuery()) {
        List<String> ids = new ArrayList<>();
        while (rows.next()) {
          ids.add(rows.getString(1));
        }
        return ids;
      }
    } catch (SQLException e) {
      throw new IOException("cannot list unindexed documents: " + firstLine(e), e);
    }
  }

  @Override
  public synchronized void markIndexed(Collection<String> documentIds) throws IOException {
    if (documentIds.isEmpty()) {
      return;
    }
    try {
      connection.setAutoCommit(false);
      try (Statement statement = connection.createStatement()) {
        statement.execute("DELETE FROM staged_ids"); // first, so the appender joins the transaction
      }
      try (DuckDBAppender ids = connection.createAppender("temp", "main", "staged_ids")) {
        for (String id : documentIds) {
          ids.beginRow().append(id).endRow();
        }
      }
      try (Statement statement = connection.createStatement()) {
        statement.execute("INSERT INTO indexed_documents SELECT DISTINCT id FROM staged_ids ON CONFLICT DO NOTHING");
        statement.execute("DELETE FROM staged_ids");
      }
      connection.commit();
    } catch (SQLException e) {
      Transactions.rollbackQuietly(connection);
      throw new IOException("cannot record indexed documents: " + firstLine(e), e);
    } finally {
      Transactions.restoreAutoCommit(connection);
    }
  }

  @Override
  public synchronized void recordFailure(IngestFailure failure) throws IOException {
    try (PreparedStatement statement = connection.prepareStatement(
        "INSERT OR REPLACE INTO failures VALUES (?, ?, ?, ?)")) {
      statement.setString(1, failure.path());
      statement.setString(2, failure.stage().name());
      statement.setString(3, failure.reason());
      statement.setTimestamp(4, Timestamp.from(failure.at()));
      statement.executeUpdate();
    } catch (SQLException e) {
      throw new IOException("cannot record the failure of " + failure.path() + ": " + firstLine(e), e);
    }
  }

  @Override
  public synchronized List<IngestFailure> failures() throws IOException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT path, stage, reason, failed_at FROM failures ORDER BY path")) {
      List<IngestFailure> failures = new ArrayList<>();
      while (rows.next()) {
        failures.add(new IngestFailure(
            rows.getString(1),
            IngestFailure.Stage.valueOf(rows.getString(2)),
            rows.getString(3),
            rows.getTimestamp(4).toInstant()));
      }
      return failures;
    } catch (SQLException e) {
      throw new IOException("cannot list failures: " + firstLine(e), e);
    }
  }

  @Override
  public synchronized WorkspaceStatus status() throws IOException {
    try (Statement statement = connection.createStatement()) {
      long documents;
      long bytes;
      LocalDate first;
      LocalDate last;
      try (ResultSet rows = statement.executeQuery(
          "SELECT count(*), coalesce(sum(size), 0), min(doc_date), max(doc_date) FROM documents")) {
        rows.next();
        documents = rows.getLong(1);
        bytes = rows.getLong(2);
        first = rows.getDate(3) == null ? null : rows.getDate(3).toLocalDate();
        last = rows.getDate(4) == null ? null : rows.getDate(4).toLocalDate();
      }
      long indexed = count(statement, "SELECT count(*) FROM indexed_documents");
      long failures = count(statement, "SELECT count(*) FROM failures");
      List<FacetCount> outlets = new ArrayList<>();
      try (ResultSet rows = statement.executeQuery(
          "SELECT outlet, count(*) AS n FROM documents GROUP BY outlet ORDER BY n DESC, outlet")) {
        while (rows.next()) {
          outlets.add(new FacetCount(rows.getString(1), rows.getLong(2)));
        }
      }
      return new WorkspaceStatus(documents, indexed, failures, bytes, first, last, outlets);
    } catch (SQLException e) {
      throw new IOException("cannot read the workspace status: " + firstLine(e), e);
    }
  }

  private static long count(Statement statement, String sql) throws SQLException {
    try (ResultSet rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    }
  }

  private interface RowReader<T> {
    T read(ResultSet rows) throws SQLException;
  }

  private <T> T query(String sql, String parameter, RowReader<T> reader) throws IOException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, parameter);
      try (ResultSet rows = statement.executeQuery()) {
        return reader.read(rows);
      }
    } catch (SQLException e) {
      throw new IOException("workspace query failed: " + firstLine(e), e);
    }
  }

  static String firstLine(Exception e) {
    String message = String.valueOf(e.getMessage());
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }

  @Override
  public synchronized void close() throws IOException {
    try {
      lookups.close();
      connection.close();
    } catch (SQLException e) {
      throw new IOException("cannot close the workspace database: " + firstLine(e), e);
    }
  }
}
