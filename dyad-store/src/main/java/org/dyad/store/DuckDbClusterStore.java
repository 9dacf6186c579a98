package org.dyad.store;

import static org.dyad.store.DuckDbDocumentStore.firstLine;

import java.io.IOException;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.dyad.core.analysis.ClusterCandidate;
import org.dyad.core.analysis.ClusterReport;
import org.dyad.core.analysis.EventCluster;
import org.dyad.core.analysis.StateAgents;
import org.dyad.core.evidence.AdmiraltyGrade;
import org.dyad.core.store.ClusterStore;

/**
 * Event clusters in the workspace database: rebuilds {@code clustered_events}, the table every
 * analysis counts from, and the monthly totals, in one transaction; keeps each cluster's confidence
 * in {@code cluster_confidences}, cleared whenever the clusters change.
 */
public final class DuckDbClusterStore implements ClusterStore, AutoCloseable {

  /** Judgements applied: a wrong event is left out, a recoded one takes the analyst's code and its facts. */
  static final String JUDGED_EVENTS = "SELECT e.id, e.doc, e.date, e.source_code, e.target_code, e.verb_text, e.target_text,"
      + " coalesce(j.code, e.code) AS code,"
      + " CASE WHEN j.judgement = 'recode' THEN j.quad ELSE e.quad END AS quad,"
      + " CASE WHEN j.judgement = 'recode' THEN j.goldstein ELSE e.goldstein END AS goldstein,"
      + " coalesce(d.outlet, '') AS outlet"
      + " FROM events e LEFT JOIN judgements j ON j.event_id = e.id LEFT JOIN documents d ON d.id = e.doc"
      + " WHERE j.judgement IS DISTINCT FROM 'wrong'";

  private static final String INSERT_TIE_YEARS = "INSERT INTO tie_years"
      + " WITH per_cluster AS (SELECT CAST(date_trunc('year', min(cluster_date)) AS DATE) AS year, source_actor, target_actor,"
      + "   cluster, count(*) AS n, any_value(quad) AS quad, avg(goldstein) AS g, sum(goldstein) AS gs, count(goldstein) AS gn"
      + "   FROM clustered_events WHERE cluster_date IS NOT NULL AND source_actor <> target_actor"
      + "   GROUP BY source_actor, target_actor, cluster)"
      + " SELECT year, source_actor, target_actor, count(*), sum(n), count(*) FILTER (WHERE quad IN (1, 2)),"
      + "   count(*) FILTER (WHERE quad IN (3, 4)), coalesce(sum(n) FILTER (WHERE quad IN (1, 2)), 0),"
      + "   coalesce(sum(n) FILTER (WHERE quad IN (3, 4)), 0), sum(g), count(g), sum(gs), sum(gn)"
      + " FROM per_cluster GROUP BY year, source_actor, target_actor ORDER BY year, source_actor, target_actor";

  private final DuckDBConnection connection;

  DuckDbClusterStore(DuckDBConnection connection) throws IOException {
    this.connection = connection;
    try (Statement statement = connection.createStatement()) {
      statement.execute("CREATE TEMP TABLE staged_clusters (event_id VARCHAR, cluster VARCHAR)");
      statement.execute("CREATE TEMP TABLE staged_members (id VARCHAR)");
    } catch (SQLException e) {
      throw new IOException("cannot prepare the cluster tables: " + firstLine(e), e);
    }
  }

  @Override
  public synchronized List<ClusterCandidate> candidates() throws IOException {
    String sql = "SELECT id, doc, outlet, date, source_code, target_code, code, verb_text, target_text FROM ("
        + JUDGED_EVENTS + ") ORDER BY source_code, target_code, date, id";
    try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
      List<ClusterCandidate> candidates = new ArrayList<>();
      while (rows.next()) {
        Date date = rows.getDate(4);
        candidates.add(new ClusterCandidate(rows.getString(1), rows.getString(2), rows.getString(3),
            date == null ? null : date.toLocalDate(), rows.getString(5), rows.getString(6), rows.getString(7),
            rows.getString(8), rows.getString(9)));
      }
      return candidates;
    } catch (SQLException e) {
      throw new IOException("cannot read the events to cluster: " + firstLine(e), e);
    }
  }

  @Override
  public synchronized void replaceClusters(Map<String, String> clusterOfEvent) throws IOException {
    try {
      connection.setAutoCommit(false);
      try (Statement statement = connection.createStatement()) {
        // A statement first, so that the appender below joins this transaction.
        statement.execute("DELETE FROM staged_clusters");
        try (DuckDBAppender rows = connection.createAppender("temp", "main", "staged_clusters")) {
          for (Map.Entry<String, String> entry : clusterOfEvent.entrySet()) {
            rows.beginRow().append(entry.getKey()).append(entry.getValue()).endRow();
          }
        }
        rebuild(statement, "staged_clusters");
        statement.execute("DELETE FROM staged_clusters");
      }
      connection.commit();
    } catch (SQLException e) {
      Transactions.rollbackQuietly(connection);
      throw new IOException("cannot store the event clusters: " + firstLine(e), e);
    } catch (RuntimeException e) {
      Transactions.rollbackQuietly(connection);
      throw e;
    } finally {
      Transactions.restoreAutoCommit(connection);
    }
  }

  /**
   * Rebuilds {@code clustered_events} and the tables derived from it, in the caller's transaction,
   * from a table of {@code (event_id, cluster)} rows; a counted event missing from it is a cluster
   * of its own.
   */
  static void rebuild(Statement statement, String clusterOfEvent) throws SQLException {
    statement.execute("DELETE FROM clustered_events");
    statement.execute(insertClustered(clusterOfEvent));
    statement.execute("DELETE FROM cluster_months");
    statement.execute("INSERT INTO cluster_months SELECT CAST(date_trunc('month', cluster_date) AS DATE),"
        + " count(DISTINCT cluster), count(*) FROM clustered_events WHERE cluster_date IS NOT NULL GROUP BY 1");
    statement.execute("DELETE FROM tie_years");
    statement.execute(INSERT_TIE_YEARS);
    // New clusters are rated again (ConfidenceStage) on the next run or first use.
    statement.execute("DELETE FROM cluster_confidences");
  }

  private static String insertClustered(String clusterOfEvent) {
    return "INSERT INTO clustered_events"
        + " WITH judged AS (SELECT j.*, coalesce(s.cluster, j.id) AS cluster FROM (" + JUDGED_EVENTS + ") j"
        + "   LEFT JOIN " + clusterOfEvent + " s ON s.event_id = j.id),"
        + " facts AS (SELECT cluster, min(date) AS cluster_date, count(*) AS mentions, count(DISTINCT outlet) AS outlets"
        + "   FROM judged GROUP BY cluster)"
        + " SELECT j.id, j.cluster, f.cluster_date, j.source_code, j.target_code, "
        + StateAgents.sql("j.source_code") + ", " + StateAgents.sql("j.target_code") + ","
        + " j.code, j.quad, j.goldstein, j.outlet, j.doc, f.mentions, f.outlets"
        + " FROM judged j JOIN facts f USING (cluster)"
        + " ORDER BY j.source_code, j.target_code, f.cluster_date, j.id";
  }

  @Override
  public synchronized boolean unclustered() throws IOException {
    return holds("SELECT (SELECT count(*) FROM clustered_events) = 0 AND EXISTS (SELECT 1 FROM events)", "the cluster state");
  }

  /** The truth of a one-value query, such as {@code SELECT EXISTS (…)}. */
  private boolean holds(String sql, String what) throws IOException {
    try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getBoolean(1);
    } catch (SQLException e) {
      throw new IOException("cannot read " + what + ": " + firstLine(e), e);
    }
  }

  @Override
  public synchronized List<ClusterReport> reports() throws IOException {
    String sql = "SELECT c.cluster, c.outlet, coalesce(d.grade, g.grade), e.confidence FROM clustered_events c"
        + " JOIN events e ON e.id = c.id LEFT JOIN documents d ON d.id = c.doc LEFT JOIN outlet_grades g ON g.outlet = d.outlet"
        + " ORDER BY c.cluster, c.id";
    try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
      List<ClusterReport> reports = new ArrayList<>();
      while (rows.next()) {
        String grade = rows.getString(3);
        reports.add(new ClusterReport(rows.getString(1), rows.getString(2), grade == null ? null : AdmiraltyGrade.parse(grade),
            rows.getDouble(4)));
      }
      return reports;
    } catch (SQLException e) {
      throw new IOException("cannot read the reports of the event clusters: " + firstLine(e), e);
    }
  }

  @Override
  public synchronized void replaceConfidences(Map<String, Double> confidenceOfCluster) throws IOException {
    Transactions.inTransaction(connection, "cannot store the confidences of the event clusters", statement -> {
      statement.execute("DELETE FROM cluster_confidences");
      try (DuckDBAppender rows = connection.createAppender("main", "cluster_confidences")) {
        for (Map.Entry<String, Double> entry : confidenceOfCluster.entrySet()) {
          rows.beginRow().append(entry.getKey()).append(entry.getValue().doubleValue()).endRow();
        }
      }
      return null;
    });
  }

  @Override
  public synchronized boolean unrated() throws IOException {
    return holds("SELECT EXISTS (SELECT 1 FROM clustered_events c ANTI JOIN cluster_confidences r ON r.cluster = c.cluster)",
        "the cluster confidence state");
  }

  /**
   * SQL for the whole clusters that hold any event of {@code members} (a query with one column of
   * event ids), earliest first, with the columns of {@link EventCluster}; the member ids as a list,
   * or as one space-separated text for formats without lists (CSV).
   */
  static String clustersOf(String members, boolean idsAsText) {
    String ids = "list(c.id ORDER BY c.id)";
    return "SELECT c.cluster AS id, any_value(c.source_actor) AS source, any_value(c.target_actor) AS target,"
        + " substr(any_value(c.code), 1, 2) AS root, min(e.date) AS first_date, max(e.date) AS last_date,"
        + " any_value(c.mentions) AS mentions, any_value(c.cluster_outlets) AS outlets, any_value(w.confidence) AS confidence, "
        + (idsAsText ? "array_to_string(" + ids + ", ' ')" : ids) + " AS event_ids"
        + " FROM clustered_events c JOIN events e ON e.id = c.id LEFT JOIN cluster_confidences w ON w.cluster = c.cluster"
        + " WHERE c.cluster IN (SELECT cluster FROM clustered_events WHERE id IN (" + members + "))"
        + " GROUP BY c.cluster ORDER BY 5 NULLS LAST, 1";
  }

  @Override
  public synchronized List<EventCluster> clustersOf(Collection<String> eventIds) throws IOException {
    return Transactions.inTransaction(connection, "cannot read the clusters of " + eventIds.size() + " events", statement -> {
      statement.execute("DELETE FROM staged_members");
      try (DuckDBAppender rows = connection.createAppender("temp", "main", "staged_members")) {
        for (String id : eventIds) {
          rows.beginRow().append(id).endRow();
        }
      }
      List<EventCluster> clusters = new ArrayList<>();
      try (ResultSet rows = statement.executeQuery(clustersOf("SELECT id FROM staged_members", false))) {
        while (rows.next()) {
          clusters.add(readCluster(rows));
        }
      }
      statement.execute("DELETE FROM staged_members");
      return clusters;
    });
  }

  private static EventCluster readCluster(ResultSet rows) throws SQLException {
    Date first = rows.getDate(5);
    Date last = rows.getDate(6);
    return new EventCluster(rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4),
        first == null ? null : first.toLocalDate(), last == null ? null : last.toLocalDate(), rows.getLong(7), rows.getLong(8),
        ResultColumns.nullableDouble(rows, 9), ResultColumns.strings(rows, 10));
  }

  @Override
  public synchronized void close() throws IOException {
    try {
      connection.close();
    } catch (SQLException e) {
      throw new IOException("cannot close the cluster connection: " + firstLine(e), e);
    }
  }
}
