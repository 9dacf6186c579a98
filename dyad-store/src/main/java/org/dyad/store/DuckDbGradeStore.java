package org.dyad.store;

import static org.dyad.store.DuckDbDocumentStore.firstLine;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.dyad.core.evidence.AdmiraltyGrade;
import org.dyad.core.store.GradeStore;

/** Grades in the workspace database: {@code documents.grade} and table {@code outlet_grades}. */
public final class DuckDbGradeStore implements GradeStore, AutoCloseable {

  private final Connection connection;

  DuckDbGradeStore(Connection connection) {
    this.connection = connection;
  }

  @Override
  public synchronized boolean gradeOutlet(String outlet, AdmiraltyGrade grade) throws IOException {
    try (PreparedStatement known = connection.prepareStatement("SELECT count(*) FROM documents WHERE outlet = ?")) {
      known.setString(1, outlet);
      try (ResultSet rows = known.executeQuery()) {
        rows.next();
        if (rows.getLong(1) == 0) {
          return false;
        }
      }
      try (PreparedStatement put = connection.prepareStatement(
          "INSERT OR REPLACE INTO outlet_grades VALUES (?, ?, current_timestamp)")) {
        put.setString(1, outlet);
        put.setString(2, grade.toString());
        put.executeUpdate();
      }
      return true;
    } catch (SQLException e) {
      throw new IOException("cannot grade outlet " + outlet + ": " + firstLine(e), e);
    }
  }

  @Override
  public synchronized boolean gradeDocument(String documentId, AdmiraltyGrade grade) throws IOException {
    try (PreparedStatement update = connection.prepareStatement("UPDATE documents SET grade = ? WHERE id = ?")) {
      update.setString(1, grade.toString());
      update.setString(2, documentId);
      return update.executeUpdate() > 0;
    } catch (SQLException e) {
      throw new IOException("cannot grade document " + documentId + ": " + firstLine(e), e);
    }
  }

  @Override
  public synchronized Map<String, AdmiraltyGrade> outletGrades() throws IOException {
    try (PreparedStatement statement = connection.prepareStatement("SELECT outlet, grade FROM outlet_grades");
        ResultSet rows = statement.executeQuery()) {
      Map<String, AdmiraltyGrade> grades = new TreeMap<>();
      while (rows.next()) {
        grades.put(rows.getString(1), AdmiraltyGrade.parse(rows.getString(2)));
      }
      return grades;
    } catch (SQLException e) {
      throw new IOException("cannot read outlet grades: " + firstLine(e), e);
    }
  }

  @Override
  public synchronized Optional<AdmiraltyGrade> effectiveGrade(String documentId) throws IOException {
    try (PreparedStatement statement = connection.prepareStatement("SELECT coalesce(d.grade, o.grade) FROM documents d"
        + " LEFT JOIN outlet_grades o ON o.outlet = d.outlet WHERE d.id = ?")) {
      statement.setString(1, documentId);
      try (ResultSet rows = statement.executeQuery()) {
        if (!rows.next() || rows.getString(1) == null) {
          return Optional.empty();
        }
        return Optional.of(AdmiraltyGrade.parse(rows.getString(1)));
      }
    } catch (SQLException e) {
      throw new IOException("cannot read the grade of document " + documentId + ": " + firstLine(e), e);
    }
  }

  @Override
  public synchronized void close() throws IOException {
    try {
      connection.close();
    } catch (SQLException e) {
      throw new IOException("cannot close the grade connection: " + firstLine(e), e);
    }
  }
}
