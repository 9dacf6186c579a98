package org.dyad.store;

import static org.dyad.store.DuckDbDocumentStore.firstLine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.dyad.core.event.Event;
import org.dyad.core.event.Event.EventSentence;
import org.dyad.core.event.EventActor;
import org.dyad.core.event.EventQuery;
import org.dyad.core.event.TextSpan;
import org.dyad.core.store.EventStore;
import org.dyad.core.store.TableExport;

/**
 * Coded events in the workspace's DuckDB database, on a connection of their own (temporary staging
 * tables are per connection). Events go through DuckDB's appender into staging tables, then replace
 * a document's rows in one transaction, so a document's events are always those of one complete
 * coding run.
 */
public final class DuckDbEventStore implements EventStore, TableExport, AutoCloseable {

  private static final String COLUMNS = "id, doc, date, doc_date,"
      + " source_code, source_name, source_text, source_start, source_end, source_person,"
      + " target_code, target_name, target_text, target_start, target_end, target_person,"
      + " code, root, goldstein, quad, sentence_index, sentence_start, sentence_end, sentence_text,"
      + " verb_text, verb_start, verb_end, rule, confidence";

  private final DuckDBConnection connection;

  DuckDbEventStore(DuckDBConnection connection) throws IOException {
    this.connection = connection;
    try (Statement statement = connection.createStatement()) {
      statement.execute("CREATE TEMP TABLE staged_events AS SELECT " + COLUMNS + " FROM events LIMIT 0");
      statement.execute(
          "CREATE TEMP TABLE staged_coded AS SELECT doc, coder_version, coded_at FROM coded_documents LIMIT 0");
    } catch (SQLException e) {
      throw new IOException("cannot prepare the event tables: " + firstLine(e), e);
    }
  }

  @Override
  public synchronized void replaceEvents(Map<String, List<Event>> byDoc, String coderVersion) throws IOException {
    requireValid(byDoc, coderVersion);
    if (byDoc.isEmpty()) {
      return;
    }
    try {
      connection.setAutoCommit(false);
      try (Statement statement = connection.createStatement()) {
        // Opens the transaction before the appenders run: an appender that starts outside one commits
        // on its own, and a failed attempt would leave its rows staged for the next one.
        clearStaging(statement);
        stage(byDoc, coderVersion);
        statement.execute("DELETE FROM events WHERE doc IN (SELECT doc FROM staged_coded)");
        statement.execute("DELETE FROM coded_documents WHERE doc IN (SELECT doc FROM staged_coded)");
        statement.execute("INSERT INTO events (" + COLUMNS + ") SELECT " + COLUMNS + " FROM staged_events");
        statement.execute("INSERT INTO coded_documents (doc, coder_version, coded_at)"
            + " SELECT doc, coder_version, coded_at FROM staged_coded");
        clearStaging(statement);
      }
      connection.commit();
    } catch (SQLException e) {
      Transactions.rollbackQuietly(connection);
      throw new IOException("cannot store the events of " + byDoc.size() + " documents: " + firstLine(e), e);
    } catch (RuntimeException e) {
      // Restoring auto-commit would otherwise commit whatever half of the replacement had run.
      Transactions.rollbackQuietly(connection);
      throw e;
    } finally {
      Transactions.restoreAutoCommit(connection);
    }
  }

  private static void requireValid(Map<String, List<Event>> byDoc, String coderVersion) {
    Objects.requireNonNull(coderVersion, "coderVersion");
    if (coderVersion.isBlank()) {
      throw new IllegalArgumentException("a coder version is needed to record which coder produced the events");
    }
    byDoc.forEach((doc, events) -> {
      for (Event event : events) {
        if (!event.doc().equals(doc)) {
          throw new IllegalArgumentException(
              "event " + event.id() + " of document " + event.doc() + " is listed under " + doc);
        }
      }
    });
  }

  private void stage(Map<String, List<Event>> byDoc, String coderVersion) throws SQLException {
    try (DuckDBAppender rows = connection.createAppender("temp", "main", "staged_events")) {
      for (List<Event> events : byDoc.values()) {
        for (Event event : events) {
          appendEvent(rows, event);
        }
      }
    }
    LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
    try (DuckDBAppender coded = connection.createAppender("temp", "main", "staged_coded")) {
      for (String doc : byDoc.keySet()) {
        coded.beginRow().append(doc).append(coderVersion).append(now).endRow();
      }
    }
  }

  private static void clearStaging(Statement statement) throws SQLException {
    statement.execute("DELETE FROM staged_events");
    statement.execute("DELETE FROM staged_coded");
  }

  private static void appendEvent(DuckDBAppender row, Event event) throws SQLException {
    row.beginRow().append(event.id()).append(event.doc());
    appendDate(row, event.date());
    appendDate(row, event.docDate());
    appendActor(row, event.source());
    appendActor(row, event.target());
    row.append(event.code()).append(event.root());
    if (event.goldstein() == null) {
      row.appendNull();
    } else {
      row.append(event.goldstein().doubleValue());
    }
    if (event.quad() == null) {
      row.appendNull();
    } else {
      row.append(event.quad().intValue());
    }
    EventSentence sentence = event.sentence();
    row.append(sentence.index()).append(sentence.start()).append(sentence.end()).append(sentence.text());
    TextSpan verb = event.verb();
    row.append(verb.text()).append(verb.start()).append(verb.end());
    row.append(event.rule()).append(event.confidence()).endRow();
  }

  private static void appendActor(DuckDBAppender row, EventActor actor) throws SQLException {
    row.append(actor.code()).append(actor.name()).append(actor.text()).append(actor.start()).append(actor.end());
    if (actor.person() == null) {
      row.appendNull();
    } else {
      row.append(actor.person());
    }
  }

  private static void appendDate(DuckDBAppender row, LocalDate date) throws SQLException {
    if (date == null) {
      row.appendNull();
    } else {
      row.append(date);
    }
  }

  @Override
  public synchronized List<String> uncoded(String coderVersion) throws IOException {
    Objects.requireNonNull(coderVersion, "coderVersion");
    try (PreparedStatement statement = connection.prepareStatement(
        "SELECT a.id FROM annotated_documents a ANTI JOIN coded_documents c ON c.doc = a.id AND c.coder_version = ?"
            + " ORDER BY a.id")) {
      statement.setString(1, coderVersion);
      List<String> ids = new ArrayList<>();
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          ids.add(rows.getString(1));
        }
      }
      return ids;
    } catch (SQLException e) {
      throw new IOException("cannot list uncoded documents: " + firstLine(e), e);
    }
  }

  @Override
  public synchronized List<Event> events(EventQuery query) throws IOException {
    StringBuilder sql = new StringBuilder("SELECT ").append(COLUMNS).append(" FROM events WHERE true");
    List<Object> parameters = new ArrayList<>();
    filter(sql, parameters, " AND starts_with(source_code, ?)", query.source());
    filter(sql, parameters, " AND starts_with(target_code, ?)", query.target());
    filter(sql, parameters, " AND date >= ?", query.from());
    filter(sql, parameters, " AND date <= ?", query.to());
    filter(sql, parameters, " AND root = ?", query.root());
    sql.append(" ORDER BY date NULLS LAST, doc, sentence_index, verb_start, id LIMIT ?");
    parameters.add(query.limit());
    return select(sql.toString(), parameters);
  }

  @Override
  public synchronized List<Event> eventsInDocument(String doc) throws IOException {
    return select("SELECT " + COLUMNS + " FROM events WHERE doc = ? ORDER BY sentence_index, verb_start, id", List.of(doc));
  }

  private List<Event> select(String sql, List<Object> parameters) throws IOException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      bind(statement, parameters);
      List<Event> events = new ArrayList<>();
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          events.add(readEvent(rows));
        }
      }
      return events;
    } catch (SQLException e) {
      throw new IOException("cannot list events: " + firstLine(e), e);
    }
  }

  @Override
  public synchronized List<Path> exportTables(EventQuery query, Path directory, Format format) throws IOException {
    Files.createDirectories(directory);
    String extension = format == Format.CSV ? ".csv" : ".parquet";
    String options = format == Format.CSV ? "(FORMAT CSV, HEADER)" : "(FORMAT PARQUET)";
    StringBuilder selection = new StringBuilder("CREATE OR REPLACE TEMP TABLE export_events AS SELECT * FROM events WHERE true");
    List<Object> parameters = new ArrayList<>();
    filter(selection, parameters, " AND starts_with(source_code, ?)", query.source());
    filter(selection, parameters, " AND starts_with(target_code, ?)", query.target());
    filter(selection, parameters, " AND date >= ?", query.from());
    filter(selection, parameters, " AND date <= ?", query.to());
    filter(selection, parameters, " AND root = ?", query.root());
    selection.append(" ORDER BY date NULLS LAST, doc, sentence_index, verb_start, id LIMIT ?");
    parameters.add(query.limit());
    Map<String, String> tables = new LinkedHashMap<>();
    tables.put("events", "SELECT * FROM export_events");
    tables.put("actors", "SELECT code, any_value(name) AS name, sum(as_source) AS as_source, sum(as_target) AS as_target,"
        + " min(date) AS first_date, max(date) AS last_date FROM ("
        + " SELECT source_code AS code, source_name AS name, 1 AS as_source, 0 AS as_target, date FROM export_events"
        + " UNION ALL SELECT target_code, target_name, 0, 1, date FROM export_events) GROUP BY code ORDER BY code");
    tables.put("documents", "SELECT d.id, d.path, d.file_name, d.outlet, d.title, d.author, d.doc_date, d.language,"
        + " d.mime_type, d.size, d.grade FROM documents d WHERE d.id IN (SELECT doc FROM export_events) ORDER BY d.id");
    tables.put("clusters", DuckDbClusterStore.clustersOf("SELECT id FROM export_events", format == Format.CSV));
    List<Path> written = new ArrayList<>();
    try (PreparedStatement select = connection.prepareStatement(selection.toString());
        Statement copy = connection.createStatement()) {
      bind(select, parameters);
      select.execute();
      for (Map.Entry<String, String> table : tables.entrySet()) {
        Path file = directory.resolve(table.getKey() + extension).toAbsolutePath();
        // COPY takes no parameters: the path is the only text spliced in, quoted as an SQL literal.
        copy.execute("COPY (" + table.getValue() + ") TO '" + file.toString().replace("'", "''") + "' " + options);
        written.add(file);
      }
      copy.execute("DROP TABLE export_events");
      return written;
    } catch (SQLException e) {
      throw new IOException("cannot export events to " + directory + ": " + firstLine(e), e);
    }
  }

  private static void bind(PreparedStatement statement, List<Object> parameters) throws SQLException {
    for (int i = 0; i < parameters.size(); i++) {
      Object parameter = parameters.get(i);
      if (parameter instanceof LocalDate date) {
        statement.setDate(i + 1, Date.valueOf(date));
      } else {
        statement.setObject(i + 1, parameter);
      }
    }
  }

  private static void filter(StringBuilder sql, List<Object> parameters, String condition, Object value) {
    if (value != null) {
      sql.append(condition);
      parameters.add(value);
    }
  }

  private static Event readEvent(ResultSet rows) throws SQLException {
    EventActor source = readActor(rows, 5);
    EventActor target = readActor(rows, 11);
    double goldstein = rows.getDouble(19);
    Double nullableGoldstein = rows.wasNull() ? null : goldstein;
    int quad = rows.getInt(20);
    Integer nullableQuad = rows.wasNull() ? null : quad;
    EventSentence sentence = new EventSentence(rows.getInt(21), rows.getInt(22), rows.getInt(23), rows.getString(24));
    TextSpan verb = new TextSpan(rows.getString(25), rows.getInt(26), rows.getInt(27));
    return new Event(rows.getString(1), rows.getString(2), readDate(rows, 3), readDate(rows, 4), source, target,
        rows.getString(17), nullableGoldstein, nullableQuad, sentence, verb, rows.getString(28), rows.getDouble(29));
  }

  private static EventActor readActor(ResultSet rows, int first) throws SQLException {
    return new EventActor(rows.getString(first), rows.getString(first + 1), rows.getString(first + 2),
        rows.getInt(first + 3), rows.getInt(first + 4), rows.getString(first + 5));
  }

  private static LocalDate readDate(ResultSet rows, int column) throws SQLException {
    Date date = rows.getDate(column);
    return date == null ? null : date.toLocalDate();
  }

  @Override
  public synchronized Optional<Event> event(String id) throws IOException {
    try (PreparedStatement statement = connection.prepareStatement("SELECT " + COLUMNS + " FROM events WHERE id = ?")) {
      statement.setString(1, id);
      try (ResultSet rows = statement.executeQuery()) {
        return rows.next() ? Optional.of(readEvent(rows)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IOException("cannot read event " + id + ": " + firstLine(e), e);
    }
  }

  @Override
  public synchronized long count() throws IOException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT count(*) FROM events")) {
      rows.next();
      return rows.getLong(1);
    } catch (SQLException e) {
      throw new IOException("cannot count events: " + firstLine(e), e);
    }
  }

  @Override
  public synchronized Map<String, Long> countsByRoot() throws IOException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT root, count(*) FROM events GROUP BY root ORDER BY root")) {
      Map<String, Long> counts = new LinkedHashMap<>();
      while (rows.next()) {
        counts.put(rows.getString(1), rows.getLong(2));
      }
      return counts;
    } catch (SQLException e) {
      throw new IOException("cannot count events by root code: " + firstLine(e), e);
    }
  }

  @Override
  public synchronized void close() throws IOException {
    try {
      connection.close();
    } catch (SQLException e) {
      throw new IOException("cannot close the event connection: " + firstLine(e), e);
    }
  }
}
