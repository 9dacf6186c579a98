package org.dyad.store;

import static org.dyad.store.DuckDbDocumentStore.firstLine;

import java.io.IOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.dyad.core.nlp.EntityMention;
import org.dyad.core.nlp.NamedEntity;
import org.dyad.core.nlp.UnresolvedName;

/**
 * The {@code entities} table of {@link DuckDbAnnotationStore}: names the optional recognizer found
 * that no dictionary matched. Not synchronized: the store that owns the connection serialises calls.
 */
final class DiscoveredEntities {

  /**
   * Occurrences overlapping no mention of their sentence, grouped by lower-cased text with white
   * space collapsed, and type. The example is the first occurrence in (doc, sentence) order; only
   * its sentence's offsets come from SQL, since they are UTF-16 and DuckDB counts code points.
   */
  private static final String UNRESOLVED = """
      WITH unmatched AS (
        SELECT e.doc, e.sentence, e.start_offset, e.type, regexp_replace(trim(e.text), '\\s+', ' ', 'g') AS spelling
        FROM entities e
        WHERE NOT EXISTS (SELECT 1 FROM mentions m WHERE m.doc = e.doc AND m.sentence = e.sentence
                          AND m.start_offset < e.end_offset AND e.start_offset < m.end_offset)
      ), names AS (
        SELECT lower(spelling) AS name_key, type, mode(spelling) AS name, count(*) AS n, count(DISTINCT doc) AS docs,
               first(doc ORDER BY doc, sentence, start_offset) AS doc,
               first(sentence ORDER BY doc, sentence, start_offset) AS sentence
        FROM unmatched GROUP BY lower(spelling), type
        ORDER BY n DESC, docs DESC, name_key, type LIMIT ?
      )
      SELECT n.name, n.type, n.n, n.docs, n.doc, s.start_offset, s.end_offset
      FROM names n JOIN sentences s ON s.doc = n.doc AND s.idx = n.sentence
      ORDER BY n.n DESC, n.docs DESC, n.name_key, n.type""";

  private final DuckDBConnection connection;

  DiscoveredEntities(DuckDBConnection connection) throws IOException {
    this.connection = connection;
    try (Statement statement = connection.createStatement()) {
      statement.execute("CREATE TEMP TABLE staged_entities AS FROM entities LIMIT 0");
    } catch (SQLException e) {
      throw new IOException("cannot prepare the entity table: " + firstLine(e), e);
    }
  }

  void replace(Map<String, List<EntityMention>> byDoc) throws IOException {
    requireListedUnderTheirDocument(byDoc);
    if (byDoc.isEmpty()) {
      return;
    }
    try {
      connection.setAutoCommit(false);
      try (Statement statement = connection.createStatement()) {
        // Opens the transaction before the appender runs: an appender that starts outside one commits
        // on its own, and a failed attempt would leave its rows staged for the next one.
        statement.execute("DELETE FROM staged_entities");
        stage(byDoc.values().stream().flatMap(Collection::stream).toList());
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM entities WHERE doc = ?")) {
          for (String doc : byDoc.keySet()) {
            delete.setString(1, doc);
            delete.addBatch();
          }
          delete.executeBatch();
        }
        statement.execute("INSERT INTO entities SELECT * FROM staged_entities");
        statement.execute("DELETE FROM staged_entities");
      }
      connection.commit();
    } catch (SQLException e) {
      Transactions.rollbackQuietly(connection);
      throw new IOException("cannot store the names found in " + byDoc.size() + " documents: " + firstLine(e), e);
    } catch (RuntimeException e) {
      // Restoring auto-commit would otherwise commit whatever half of the replacement had run.
      Transactions.rollbackQuietly(connection);
      throw e;
    } finally {
      Transactions.restoreAutoCommit(connection);
    }
  }

  private static void requireListedUnderTheirDocument(Map<String, List<EntityMention>> byDoc) {
    byDoc.forEach((doc, entities) -> {
      for (EntityMention found : entities) {
        if (!found.doc().equals(doc)) {
          throw new IllegalArgumentException(
              "'" + found.entity().text() + "' of document " + found.doc() + " is listed under " + doc);
        }
      }
    });
  }

  private void stage(List<EntityMention> entities) throws SQLException {
    try (DuckDBAppender rows = connection.createAppender("temp", "main", "staged_entities")) {
      for (EntityMention found : entities) {
        NamedEntity entity = found.entity();
        rows.beginRow().append(found.doc()).append(found.sentence()).append(entity.start()).append(entity.end())
            .append(entity.text()).append(entity.type()).endRow();
      }
    }
  }

  List<UnresolvedName> unresolved(int limit) throws IOException {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be >= 1, got " + limit);
    }
    record Row(String name, String type, long mentions, long documents, String doc, int start, int end) {}
    List<Row> rows = new ArrayList<>();
    try (PreparedStatement statement = connection.prepareStatement(UNRESOLVED)) {
      statement.setInt(1, limit);
      try (ResultSet result = statement.executeQuery()) {
        while (result.next()) {
          rows.add(new Row(result.getString(1), result.getString(2), result.getLong(3), result.getLong(4),
              result.getString(5), result.getInt(6), result.getInt(7)));
        }
      }
    } catch (SQLException e) {
      throw new IOException("cannot list the unresolved names: " + firstLine(e), e);
    }
    Map<String, String> texts = new HashMap<>();
    List<UnresolvedName> names = new ArrayList<>(rows.size());
    for (Row row : rows) {
      String text = texts.get(row.doc());
      if (text == null) {
        text = documentText(row.doc());
        texts.put(row.doc(), text);
      }
      names.add(new UnresolvedName(row.name(), row.type(), row.mentions(), row.documents(), row.doc(),
          text.substring(row.start(), row.end())));
    }
    return names;
  }

  private String documentText(String doc) throws IOException {
    try (PreparedStatement statement = connection.prepareStatement("SELECT text FROM document_texts WHERE id = ?")) {
      statement.setString(1, doc);
      try (ResultSet rows = statement.executeQuery()) {
        if (!rows.next()) {
          throw new IOException("document " + doc + " has sentences but no stored text");
        }
        return rows.getString(1);
      }
    } catch (SQLException e) {
      throw new IOException("cannot read the text of " + doc + ": " + firstLine(e), e);
    }
  }
}
