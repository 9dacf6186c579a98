package org.dyad.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaMigrationsTest {

  @TempDir Path dir;

  @Test
  void migratesOnceAndRecordsTheVersion() throws Exception {
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve("m.duckdb"))) {
      assertThat(SchemaMigrations.migrate(connection)).isEqualTo(SchemaMigrations.currentVersion());
      assertThat(SchemaMigrations.migrate(connection)).isEqualTo(SchemaMigrations.currentVersion());
      try (Statement statement = connection.createStatement();
          ResultSet rows = statement.executeQuery("SELECT count(*) FROM schema_version")) {
        rows.next();
        assertThat(rows.getInt(1)).isEqualTo(SchemaMigrations.currentVersion());
      }
    }
  }

  @Test
  void refusesAWorkspaceFromANewerDyad() throws Exception {
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve("m.duckdb"))) {
      SchemaMigrations.migrate(connection);
      try (Statement statement = connection.createStatement()) {
        statement.execute("INSERT INTO schema_version VALUES (99, current_timestamp)");
      }
      assertThatThrownBy(() -> SchemaMigrations.migrate(connection)).hasMessageContaining("use a newer Dyad");
    }
  }
}
