package org.dyad.store;

import static org.dyad.store.DuckDbDocumentStore.firstLine;

import java.io.IOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.duckdb.DuckDBConnection;
import org.dyad.core.analysis.EventJudgement;
import org.dyad.core.analysis.Judgement;
import org.dyad.core.event.CameoCode;
import org.dyad.core.store.JudgementStore;

/** The analysts' judgements in the workspace database, with a recoded event's CAMEO facts beside its code. */
public final class DuckDbJudgementStore implements JudgementStore, AutoCloseable {

  private final DuckDBConnection connection;

  DuckDbJudgementStore(DuckDBConnection connection) {
    this.connection = connection;
  }

  @Override
  public synchronized void judge(EventJudgement judgement) throws IOException {
    Optional<CameoCode> cameo = judgement.cameo();
    try (PreparedStatement statement = connection.prepareStatement(
        "INSERT OR REPLACE INTO judgements (event_id, judgement, code, root, goldstein, quad, note, judged_at)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
      statement.setString(1, judgement.eventId());
      statement.setString(2, judgement.judgement().word());
      statement.setString(3, judgement.code());
      statement.setString(4, judgement.code() == null ? null : judgement.code().substring(0, 2));
      if (cameo.isPresent()) {
        statement.setDouble(5, cameo.get().goldstein());
        statement.setInt(6, cameo.get().quad());
      } else {
        statement.setNull(5, Types.DOUBLE);
        statement.setNull(6, Types.INTEGER);
      }
      statement.setString(7, judgement.note());
      statement.setTimestamp(8, Timestamp.valueOf(judgement.judgedAt().atOffset(ZoneOffset.UTC).toLocalDateTime()));
      statement.executeUpdate();
    } catch (SQLException e) {
      throw new IOException("cannot store the judgement of event " + judgement.eventId() + ": " + firstLine(e), e);
    }
  }

  @Override
  public synchronized List<EventJudgement> judgements() throws IOException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(
            "SELECT event_id, judgement, code, note, judged_at FROM judgements ORDER BY judged_at DESC, event_id")) {
      List<EventJudgement> judgements = new ArrayList<>();
      while (rows.next()) {
        judgements.add(new EventJudgement(rows.getString(1), Judgement.parse(rows.getString(2)), rows.getString(3),
            rows.getString(4), rows.getTimestamp(5).toLocalDateTime().toInstant(ZoneOffset.UTC)));
      }
      return judgements;
    } catch (SQLException e) {
      throw new IOException("cannot list the judgements: " + firstLine(e), e);
    }
  }

  @Override
  public synchronized void close() throws IOException {
    try {
      connection.close();
    } catch (SQLException e) {
      throw new IOException("cannot close the judgement connection: " + firstLine(e), e);
    }
  }
}
