package org.dyad.store;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;

/** Ending a JDBC transaction the same way in every store: roll back quietly, restore auto-commit loudly. */
final class Transactions {

  private Transactions() {}

  static void rollbackQuietly(Connection connection) {
    try {
      connection.rollback();
    } catch (SQLException ignored) {
      // The original failure is the one worth reporting.
    }
  }

  static void restoreAutoCommit(Connection connection) throws IOException {
    try {
      connection.setAutoCommit(true);
    } catch (SQLException e) {
      throw new IOException("workspace database connection is broken: " + DuckDbDocumentStore.firstLine(e), e);
    }
  }
}
