package org.dyad.store;

import static org.dyad.store.DuckDbDocumentStore.firstLine;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.dyad.core.json.DyadJson;
import org.dyad.core.sanctions.JudgedName;
import org.dyad.core.sanctions.Judgement;
import org.dyad.core.sanctions.ListChanges;
import org.dyad.core.sanctions.ListVersion;
import org.dyad.core.sanctions.NameOccurrence;
import org.dyad.core.sanctions.SanctionsEntity;
import org.dyad.core.sanctions.SanctionsStore;

/**
 * The sanctions tables of the workspace database, on a connection of their own. Entities are kept
 * whole as JSON beside the columns a query needs, so a list format with more fields needs no
 * migration.
 */
public final class DuckDbSanctionsStore implements SanctionsStore, AutoCloseable {

  /**
   * Resolved people (a mention naming its person), resolved organisations (codes of the CAMEO
   * international types, or a country code extended by a group code), then the recognizer's
   * person and organisation names that overlap no mention. Sentence offsets stay in Java: they
   * are UTF-16 and DuckDB counts code points.
   */
  private static final String OCCURRENCES = """
      SELECT doc, sentence, start_offset, end_offset, coalesce(person, text) AS name, 'resolved' AS origin,
             CASE WHEN person IS NOT NULL THEN 'PERSON' ELSE 'ORGANIZATION' END AS type
      FROM mentions
      WHERE person IS NOT NULL OR length(code) > 6 OR substr(code, 1, 3) IN ('IGO', 'IMG', 'NGO', 'NGM', 'MNC')
      UNION ALL
      SELECT e.doc, e.sentence, e.start_offset, e.end_offset, e.text, 'unresolved', e.type
      FROM entities e
      WHERE e.type IN ('PERSON', 'ORGANIZATION')
        AND NOT EXISTS (SELECT 1 FROM mentions m WHERE m.doc = e.doc AND m.sentence = e.sentence
                        AND m.start_offset < e.end_offset AND e.start_offset < m.end_offset)
      ORDER BY doc, sentence, start_offset""";

  private final DuckDBConnection connection;

  DuckDbSanctionsStore(DuckDBConnection connection) {
    this.connection = connection;
  }

  @Override
  public synchronized List<SanctionsEntity> entities() throws IOException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT record FROM sanctions_entities ORDER BY number")) {
      List<SanctionsEntity> entities = new ArrayList<>();
      while (rows.next()) {
        entities.add(DyadJson.mapper().readValue(rows.getString(1), SanctionsEntity.class));
      }
      return entities;
    } catch (SQLException e) {
      throw new IOException("cannot read the sanctions list: " + firstLine(e), e);
    } catch (JsonProcessingException e) {
      throw new IOException("a stored sanctions entity is unreadable: " + firstLine(e), e);
    }
  }

  @Override
  public synchronized ListVersion replace(String source, List<SanctionsEntity> entities, ListChanges changes)
      throws IOException {
    LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
    try {
      connection.setAutoCommit(false);
      int version = nextVersion();
      try (Statement statement = connection.createStatement()) {
        statement.execute("DELETE FROM sanctions_entities");
      }
      try (DuckDBAppender rows = connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "sanctions_entities")) {
        for (SanctionsEntity entity : entities) {
          rows.beginRow().append(entity.number()).append(entity.kind().word()).append(entity.name())
              .append(DyadJson.write(entity)).endRow();
        }
      }
      try (DuckDBAppender rows = connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "sanctions_changes")) {
        appendChanges(rows, version, "added", changes.added());
        appendChanges(rows, version, "removed", changes.removed());
        appendChanges(rows, version, "changed", changes.changed());
      }
      ListVersion recorded = new ListVersion(version, source, now.toInstant(ZoneOffset.UTC), entities.size(),
          changes.added().size(), changes.removed().size(), changes.changed().size());
      try (PreparedStatement insert = connection.prepareStatement(
          "INSERT INTO sanctions_versions VALUES (?, ?, ?, ?, ?, ?, ?)")) {
        insert.setInt(1, version);
        insert.setString(2, source);
        insert.setTimestamp(3, Timestamp.valueOf(now));
        insert.setInt(4, recorded.entities());
        insert.setInt(5, recorded.added());
        insert.setInt(6, recorded.removed());
        insert.setInt(7, recorded.changed());
        insert.executeUpdate();
      }
      connection.commit();
      return recorded;
    } catch (SQLException e) {
      Transactions.rollbackQuietly(connection);
      throw new IOException("cannot store the sanctions list from " + source + ": " + firstLine(e), e);
    } catch (RuntimeException e) {
      Transactions.rollbackQuietly(connection);
      throw e;
    } finally {
      Transactions.restoreAutoCommit(connection);
    }
  }

  private int nextVersion() throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT coalesce(max(version), 0) + 1 FROM sanctions_versions")) {
      rows.next();
      return rows.getInt(1);
    }
  }

  private static void appendChanges(DuckDBAppender rows, int version, String change, List<Long> numbers)
      throws SQLException {
    for (long number : numbers) {
      rows.beginRow().append(version).append(number).append(change).endRow();
    }
  }

  @Override
  public synchronized List<ListVersion> versions() throws IOException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(
            "SELECT version, source, imported_at, entities, added, removed, changed FROM sanctions_versions ORDER BY version")) {
      List<ListVersion> versions = new ArrayList<>();
      while (rows.next()) {
        Instant at = rows.getTimestamp(3).toLocalDateTime().toInstant(ZoneOffset.UTC);
        versions.add(new ListVersion(rows.getInt(1), rows.getString(2), at, rows.getInt(4), rows.getInt(5),
            rows.getInt(6), rows.getInt(7)));
      }
      return versions;
    } catch (SQLException e) {
      throw new IOException("cannot read the sanctions import history: " + firstLine(e), e);
    }
  }

  @Override
  public synchronized ListChanges changes(int version) throws IOException {
    List<Long> added = new ArrayList<>();
    List<Long> removed = new ArrayList<>();
    List<Long> changed = new ArrayList<>();
    try (PreparedStatement statement = connection.prepareStatement(
        "SELECT number, change FROM sanctions_changes WHERE version = ? ORDER BY number")) {
      statement.setInt(1, version);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          switch (rows.getString(2)) {
            case "added" -> added.add(rows.getLong(1));
            case "removed" -> removed.add(rows.getLong(1));
            default -> changed.add(rows.getLong(1));
          }
        }
      }
      return new ListChanges(added, removed, changed);
    } catch (SQLException e) {
      throw new IOException("cannot read the changes of sanctions import " + version + ": " + firstLine(e), e);
    }
  }

  @Override
  public synchronized void forEachOccurrence(Consumer<NameOccurrence> action) throws IOException {
    try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(OCCURRENCES)) {
      while (rows.next()) {
        String name = rows.getString(5);
        if (name == null || name.isBlank()) {
          continue;
        }
        action.accept(new NameOccurrence(rows.getString(1), rows.getInt(2), rows.getInt(3), rows.getInt(4), name,
            rows.getString(6), rows.getString(7)));
      }
    } catch (SQLException e) {
      throw new IOException("cannot read the workspace's names: " + firstLine(e), e);
    }
  }

  @Override
  public synchronized void judge(JudgedName judged) throws IOException {
    try (PreparedStatement statement = connection.prepareStatement(
        "INSERT OR REPLACE INTO sanctions_judgements VALUES (?, ?, ?, ?, current_timestamp)")) {
      statement.setLong(1, judged.entity());
      statement.setString(2, judged.key());
      statement.setString(3, judged.name());
      statement.setString(4, judged.judgement().word());
      statement.executeUpdate();
    } catch (SQLException e) {
      throw new IOException("cannot record the judgement on '" + judged.name() + "': " + firstLine(e), e);
    }
  }

  @Override
  public synchronized List<JudgedName> judgements() throws IOException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(
            "SELECT entity, name, judgement FROM sanctions_judgements ORDER BY entity, name_key")) {
      List<JudgedName> judged = new ArrayList<>();
      while (rows.next()) {
        judged.add(new JudgedName(rows.getLong(1), rows.getString(2), Judgement.of(rows.getString(3))));
      }
      return judged;
    } catch (SQLException e) {
      throw new IOException("cannot read the sanctions judgements: " + firstLine(e), e);
    }
  }

  @Override
  public synchronized Map<Integer, String> sentenceTexts(String doc) throws IOException {
    try (PreparedStatement statement = connection.prepareStatement(
        "SELECT s.idx, s.start_offset, s.end_offset, t.text FROM sentences s JOIN document_texts t ON t.id = s.doc"
            + " WHERE s.doc = ? ORDER BY s.idx")) {
      statement.setString(1, doc);
      Map<Integer, String> sentences = new HashMap<>();
      String text = null;
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          // Offsets are UTF-16, as Java counts: the document text is cut here, not in SQL.
          text = text == null ? rows.getString(4) : text;
          int start = Math.min(rows.getInt(2), text.length());
          int end = Math.min(Math.max(start, rows.getInt(3)), text.length());
          sentences.put(rows.getInt(1), text.substring(start, end));
        }
      }
      return sentences;
    } catch (SQLException e) {
      throw new IOException("cannot read the sentences of " + doc + ": " + firstLine(e), e);
    }
  }

  @Override
  public synchronized void close() throws IOException {
    try {
      connection.close();
    } catch (SQLException e) {
      throw new IOException("cannot close the sanctions connection: " + firstLine(e), e);
    }
  }
}
