package org.dyad.store;

import static org.dyad.store.DuckDbDocumentStore.firstLine;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dyad.core.store.BoardStore;

/** Hypothesis boards in the workspace database, table {@code hypothesis_boards}. */
public final class DuckDbBoardStore implements BoardStore, AutoCloseable {

  private final Connection connection;

  DuckDbBoardStore(Connection connection) {
    this.connection = connection;
  }

  @Override
  public synchronized List<String> names() throws IOException {
    try (PreparedStatement statement = connection.prepareStatement("SELECT name FROM hypothesis_boards ORDER BY name");
        ResultSet rows = statement.executeQuery()) {
      List<String> names = new ArrayList<>();
      while (rows.next()) {
        names.add(rows.getString(1));
      }
      return names;
    } catch (SQLException e) {
      throw new IOException("cannot list hypothesis boards: " + firstLine(e), e);
    }
  }

  @Override
  public synchronized Optional<String> board(String name) throws IOException {
    try (PreparedStatement statement = connection.prepareStatement("SELECT board FROM hypothesis_boards WHERE name = ?")) {
      statement.setString(1, name);
      try (ResultSet rows = statement.executeQuery()) {
        return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IOException("cannot read hypothesis board " + name + ": " + firstLine(e), e);
    }
  }

  @Override
  public synchronized void put(String name, String json) throws IOException {
    try (PreparedStatement statement = connection.prepareStatement(
        "INSERT OR REPLACE INTO hypothesis_boards VALUES (?, ?, current_timestamp)")) {
      statement.setString(1, name);
      statement.setString(2, json);
      statement.executeUpdate();
    } catch (SQLException e) {
      throw new IOException("cannot store hypothesis board " + name + ": " + firstLine(e), e);
    }
  }

  @Override
  public synchronized boolean delete(String name) throws IOException {
    try (PreparedStatement statement = connection.prepareStatement("DELETE FROM hypothesis_boards WHERE name = ?")) {
      statement.setString(1, name);
      return statement.executeUpdate() > 0;
    } catch (SQLException e) {
      throw new IOException("cannot delete hypothesis board " + name + ": " + firstLine(e), e);
    }
  }

  @Override
  public synchronized void close() throws IOException {
    try {
      connection.close();
    } catch (SQLException e) {
      throw new IOException("cannot close the board connection: " + firstLine(e), e);
    }
  }
}
