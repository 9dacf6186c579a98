package org.dyad.store;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** Ending a JDBC transaction the same way in every store: roll back quietly, restore auto-commit loudly. */
final class Transactions {

  private Transactions() {}

  /** Work done in one transaction with one statement. */
  interface Work<T> {
    T run(Statement statement) throws SQLException;
  }

  /**
   * Runs {@code work} in one transaction: committed when it returns, rolled back when it throws.
   * An appender created inside joins the transaction, because the work begins with a statement.
   *
   * @param failure what could not be done, for the error message ("cannot store …")
   */
  static <T> T inTransaction(Connection connection, String failure, Work<T> work) throws IOException {
    try {
      connection.setAutoCommit(false);
      T result;
      try (Statement statement = connection.createStatement()) {
        result = work.run(statement);
      }
      connection.commit();
      return result;
    } catch (SQLException e) {
      rollbackQuietly(connection);
      throw new IOException(failure + ": " + DuckDbDocumentStore.firstLine(e), e);
    } catch (RuntimeException e) {
      rollbackQuietly(connection);
      throw e;
    } finally {
      restoreAutoCommit(connection);
    }
  }

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
