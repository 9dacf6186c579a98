package org.dyad.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Brings a workspace database to the current schema version by applying, in order and each in its
 * own transaction, the migration scripts it has not seen. Scripts are never edited once released:
 * a change to the schema is a new script.
 */
final class SchemaMigrations {

  /** Migration scripts under {@code org/dyad/store/migrations}, oldest first; version = position + 1. */
  static final List<String> SCRIPTS = List.of("V1__documents.sql", "V2__annotations.sql", "V3__events.sql",
      "V4__evidence.sql", "V5__sanctions.sql", "V6__attach.sql", "V7__analysis.sql", "V8__cluster_confidence.sql");

  private SchemaMigrations() {}

  static int currentVersion() {
    return SCRIPTS.size();
  }

  /** Applies missing migrations and returns the schema version the database is now at. */
  static int migrate(Connection connection) throws SQLException, IOException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(
          "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied_at TIMESTAMP NOT NULL)");
    }
    int version = appliedVersion(connection);
    if (version > SCRIPTS.size()) {
      throw new IOException(
          "this workspace has schema version " + version + " but this Dyad knows only up to "
              + SCRIPTS.size() + ": use a newer Dyad");
    }
    for (int next = version + 1; next <= SCRIPTS.size(); next++) {
      apply(connection, next, script(SCRIPTS.get(next - 1)));
    }
    return SCRIPTS.size();
  }

  private static int appliedVersion(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT coalesce(max(version), 0) FROM schema_version")) {
      rows.next();
      return rows.getInt(1);
    }
  }

  private static void apply(Connection connection, int version, String sql) throws SQLException {
    boolean autoCommit = connection.getAutoCommit();
    connection.setAutoCommit(false);
    try (Statement statement = connection.createStatement()) {
      for (String command : sql.split(";\\s*(\\n|$)")) {
        String withoutComments = command.replaceAll("(?m)--.*$", "").strip();
        if (!withoutComments.isEmpty()) {
          statement.execute(withoutComments);
        }
      }
      statement.execute(
          "INSERT INTO schema_version VALUES (" + version + ", current_timestamp)");
      connection.commit();
    } catch (SQLException failed) {
      connection.rollback();
      throw failed;
    } finally {
      connection.setAutoCommit(autoCommit);
    }
  }

  private static String script(String name) throws IOException {
    try (InputStream in = SchemaMigrations.class.getResourceAsStream("migrations/" + name)) {
      if (in == null) {
        throw new IOException("migration script missing from the build: " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
