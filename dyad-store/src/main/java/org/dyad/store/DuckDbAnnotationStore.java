package org.dyad.store;

import static org.dyad.store.DuckDbDocumentStore.firstLine;

import java.io.IOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.dyad.core.nlp.ActorAlias;
import org.dyad.core.nlp.ActorCount;
import org.dyad.core.nlp.DocumentAnnotations;
import org.dyad.core.nlp.EntityMention;
import org.dyad.core.nlp.Mention;
import org.dyad.core.nlp.Sentence;
import org.dyad.core.nlp.UnresolvedName;
import org.dyad.core.store.AnnotationStore;

/**
 * Sentences, parses, mentions and aliases in the workspace's DuckDB database, on a connection of
 * their own (temporary staging tables are per connection). Writes go through DuckDB's appender
 * into staging tables, then replace a document's rows in one transaction, so a document is either
 * wholly annotated or not at all.
 */
public final class DuckDbAnnotationStore implements AnnotationStore, AutoCloseable {

  private final DuckDBConnection connection;
  private final DiscoveredEntities entities;

  DuckDbAnnotationStore(DuckDBConnection connection) throws IOException {
    this.connection = connection;
    this.entities = new DiscoveredEntities(connection);
    try (Statement statement = connection.createStatement()) {
      statement.execute("CREATE TEMP TABLE staged_sentences AS FROM sentences LIMIT 0");
      statement.execute("CREATE TEMP TABLE staged_mentions AS FROM mentions LIMIT 0");
      statement.execute("CREATE TEMP TABLE staged_annotated AS FROM annotated_documents LIMIT 0");
    } catch (SQLException e) {
      throw new IOException("cannot prepare the annotation tables: " + firstLine(e), e);
    }
  }

  @Override
  public synchronized List<String> unannotated(int limit) throws IOException {
    return strings(
        "SELECT i.id FROM indexed_documents i ANTI JOIN annotated_documents a ON a.id = i.id ORDER BY i.id LIMIT ?",
        limit);
  }

  @Override
  public synchronized void save(List<DocumentAnnotations> batch) throws IOException {
    if (batch.isEmpty()) {
      return;
    }
    Timestamp now = Timestamp.from(Instant.now());
    try {
      connection.setAutoCommit(false);
      startStaging();
      try (DuckDBAppender sentences = connection.createAppender("temp", "main", "staged_sentences")) {
        for (DocumentAnnotations document : batch) {
          for (Sentence sentence : document.sentences()) {
            sentences.beginRow().append(document.doc()).append(sentence.index()).append(sentence.start()).append(sentence.end());
            String parse = document.parses().get(sentence.index());
            if (parse == null) {
              sentences.appendNull();
            } else {
              sentences.append(parse);
            }
            sentences.endRow();
          }
        }
      }
      stageMentions(batch.stream().flatMap(document -> document.mentions().stream()).toList());
      try (DuckDBAppender annotated = connection.createAppender("temp", "main", "staged_annotated")) {
        for (DocumentAnnotations document : batch) {
          annotated.beginRow().append(document.doc()).append(document.parser()).append(now.toLocalDateTime()).endRow();
        }
      }
      try (Statement statement = connection.createStatement()) {
        statement.execute("DELETE FROM sentences WHERE doc IN (SELECT id FROM staged_annotated)");
        statement.execute("DELETE FROM mentions WHERE doc IN (SELECT id FROM staged_annotated)");
        statement.execute("DELETE FROM annotated_documents WHERE id IN (SELECT id FROM staged_annotated)");
        statement.execute("INSERT INTO sentences SELECT * FROM staged_sentences");
        statement.execute("INSERT INTO mentions SELECT * FROM staged_mentions");
        statement.execute("INSERT INTO annotated_documents SELECT * FROM staged_annotated");
        clearStaging(statement);
      }
      connection.commit();
    } catch (SQLException e) {
      Transactions.rollbackQuietly(connection);
      throw new IOException("cannot store the annotations of " + batch.size() + " documents: " + firstLine(e), e);
    } finally {
      Transactions.restoreAutoCommit(connection);
    }
  }

  @Override
  public synchronized void replaceMentions(Map<String, List<Mention>> byDoc) throws IOException {
    if (byDoc.isEmpty()) {
      return;
    }
    try {
      connection.setAutoCommit(false);
      startStaging();
      stageMentions(byDoc.values().stream().flatMap(Collection::stream).toList());
      try (PreparedStatement delete = connection.prepareStatement("DELETE FROM mentions WHERE doc = ?")) {
        for (String doc : byDoc.keySet()) {
          delete.setString(1, doc);
          delete.addBatch();
        }
        delete.executeBatch();
      }
      try (Statement statement = connection.createStatement()) {
        statement.execute("INSERT INTO mentions SELECT * FROM staged_mentions");
        clearStaging(statement);
      }
      connection.commit();
    } catch (SQLException e) {
      Transactions.rollbackQuietly(connection);
      throw new IOException("cannot replace the mentions of " + byDoc.size() + " documents: " + firstLine(e), e);
    } finally {
      Transactions.restoreAutoCommit(connection);
    }
  }

  /**
   * Empties the staging tables as the transaction's first statement. A DuckDB appender opened
   * before any statement of a transaction commits its rows on its own, so a failed attempt would
   * leave them behind for the next; a statement first makes the appenders join the transaction.
   */
  private void startStaging() throws SQLException {
    try (Statement statement = connection.createStatement()) {
      clearStaging(statement);
    }
  }

  private void stageMentions(List<Mention> mentions) throws SQLException {
    try (DuckDBAppender rows = connection.createAppender("temp", "main", "staged_mentions")) {
      for (Mention mention : mentions) {
        rows.beginRow().append(mention.doc()).append(mention.sentence()).append(mention.start()).append(mention.end())
            .append(mention.text()).append(mention.code()).append(mention.actor());
        if (mention.person() == null) {
          rows.appendNull();
        } else {
          rows.append(mention.person());
        }
        rows.append(mention.rule()).endRow();
      }
    }
  }

  private static void clearStaging(Statement statement) throws SQLException {
    statement.execute("DELETE FROM staged_sentences");
    statement.execute("DELETE FROM staged_mentions");
    statement.execute("DELETE FROM staged_annotated");
  }

  @Override
  public synchronized List<Sentence> sentences(String doc) throws IOException {
    try (PreparedStatement statement = connection.prepareStatement(
        "SELECT s.idx, s.start_offset, s.end_offset, t.text FROM sentences s JOIN document_texts t ON t.id = s.doc"
            + " WHERE s.doc = ? ORDER BY s.idx")) {
      statement.setString(1, doc);
      List<Sentence> sentences = new ArrayList<>();
      try (ResultSet rows = statement.executeQuery()) {
        String text = null;
        while (rows.next()) {
          if (text == null) {
            text = rows.getString(4);
          }
          int start = rows.getInt(2);
          int end = rows.getInt(3);
          sentences.add(new Sentence(doc, rows.getInt(1), start, end, text.substring(start, end)));
        }
      }
      return sentences;
    } catch (SQLException e) {
      throw new IOException("cannot read the sentences of " + doc + ": " + firstLine(e), e);
    }
  }

  @Override
  public synchronized Optional<String> parse(String doc, int sentence) throws IOException {
    try (PreparedStatement statement = connection.prepareStatement("SELECT parse FROM sentences WHERE doc = ? AND idx = ?")) {
      statement.setString(1, doc);
      statement.setInt(2, sentence);
      try (ResultSet rows = statement.executeQuery()) {
        return rows.next() ? Optional.ofNullable(rows.getString(1)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IOException("cannot read sentence " + sentence + " of " + doc + ": " + firstLine(e), e);
    }
  }

  @Override
  public synchronized List<Mention> mentions(String doc) throws IOException {
    try (PreparedStatement statement = connection.prepareStatement(
        "SELECT sentence, start_offset, end_offset, text, code, actor, person, rule FROM mentions WHERE doc = ?"
            + " ORDER BY start_offset, end_offset")) {
      statement.setString(1, doc);
      List<Mention> mentions = new ArrayList<>();
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          mentions.add(new Mention(doc, rows.getInt(1), rows.getInt(2), rows.getInt(3), rows.getString(4),
              rows.getString(5), rows.getString(6), rows.getString(7), rows.getString(8)));
        }
      }
      return mentions;
    } catch (SQLException e) {
      throw new IOException("cannot read the mentions of " + doc + ": " + firstLine(e), e);
    }
  }

  @Override
  public synchronized List<String> annotated() throws IOException {
    return strings("SELECT id FROM annotated_documents ORDER BY id LIMIT ?", Integer.MAX_VALUE);
  }

  @Override
  public synchronized List<ActorCount> actorCounts(int limit) throws IOException {
    try (PreparedStatement statement = connection.prepareStatement(
        "SELECT code, any_value(actor), count(*) AS n, count(DISTINCT doc), mode(text) FROM mentions"
            + " GROUP BY code ORDER BY n DESC, code LIMIT ?")) {
      statement.setInt(1, limit);
      List<ActorCount> counts = new ArrayList<>();
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          counts.add(new ActorCount(rows.getString(1), rows.getString(2), rows.getLong(3), rows.getLong(4), rows.getString(5)));
        }
      }
      return counts;
    } catch (SQLException e) {
      throw new IOException("cannot count actors: " + firstLine(e), e);
    }
  }

  @Override
  public synchronized void replaceEntities(Map<String, List<EntityMention>> byDoc) throws IOException {
    entities.replace(byDoc);
  }

  @Override
  public synchronized List<UnresolvedName> unresolvedNames(int limit) throws IOException {
    return entities.unresolved(limit);
  }

  @Override
  public synchronized void addAlias(ActorAlias alias) throws IOException {
    try (PreparedStatement statement = connection.prepareStatement(
        "INSERT OR REPLACE INTO actor_aliases VALUES (?, ?, current_timestamp)")) {
      statement.setString(1, alias.phrase());
      statement.setString(2, alias.code());
      statement.executeUpdate();
    } catch (SQLException e) {
      throw new IOException("cannot add the alias '" + alias.phrase() + "': " + firstLine(e), e);
    }
  }

  @Override
  public synchronized boolean removeAlias(String phrase) throws IOException {
    try (PreparedStatement statement = connection.prepareStatement("DELETE FROM actor_aliases WHERE phrase = ?")) {
      statement.setString(1, phrase.strip());
      return statement.executeUpdate() > 0;
    } catch (SQLException e) {
      throw new IOException("cannot remove the alias '" + phrase + "': " + firstLine(e), e);
    }
  }

  @Override
  public synchronized List<ActorAlias> aliases() throws IOException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT phrase, code FROM actor_aliases ORDER BY phrase")) {
      List<ActorAlias> aliases = new ArrayList<>();
      while (rows.next()) {
        aliases.add(new ActorAlias(rows.getString(1), rows.getString(2)));
      }
      return aliases;
    } catch (SQLException e) {
      throw new IOException("cannot list aliases: " + firstLine(e), e);
    }
  }

  private List<String> strings(String sql, int limit) throws IOException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setInt(1, limit);
      List<String> values = new ArrayList<>();
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          values.add(rows.getString(1));
        }
      }
      return values;
    } catch (SQLException e) {
      throw new IOException("workspace query failed: " + firstLine(e), e);
    }
  }

  @Override
  public synchronized void close() throws IOException {
    try {
      connection.close();
    } catch (SQLException e) {
      throw new IOException("cannot close the annotation connection: " + firstLine(e), e);
    }
  }
}
