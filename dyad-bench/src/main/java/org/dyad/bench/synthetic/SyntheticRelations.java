package org.dyad.bench.synthetic;

import java.io.IOException;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import org.dyad.core.analysis.StateAgents;
import org.dyad.store.Workspace;

/**
 * Generates a large coded and clustered event table straight into a workspace's database with
 * DuckDB's {@code range()}, for timing the analyses: no documents are parsed. Actors are 5,000
 * three-letter codes ({@code AAA}, {@code AAB}, …); half the reports name the government
 * ({@code AAAGOV}), so dyad queries go through the three-letter prefix rule. Actor popularity is
 * skewed (the actor index is 5,000·u² for uniform u), as news coverage is: low indices are the
 * much-reported states. Reports come in pairs that share direction, date and code — one cluster
 * of two reports from different outlets. Dates span 2001–2012, codes the twenty CAMEO roots.
 * Every value is a hash of the row number, so the same size gives the same table.
 */
public final class SyntheticRelations {

  public static final int ACTORS = 5_000;

  /** Every cluster rated, as the confidence stage leaves a workspace: a spread of values from 0 to 1. */
  static final String CONFIDENCES = "INSERT INTO cluster_confidences SELECT cluster, (hash(cluster) % 1001) / 1000.0"
      + " FROM (SELECT DISTINCT cluster FROM clustered_events) ORDER BY cluster";

  private SyntheticRelations() {}

  /** The three-letter code of actor {@code index}. */
  public static String actor(int index) {
    return "" + (char) ('A' + index / 676 % 26) + (char) ('A' + index / 26 % 26) + (char) ('A' + index % 26);
  }

  /** Writes {@code events} events and their clusters into the (empty) workspace. */
  public static void generate(Workspace workspace, long count) throws IOException {
    String rows = "WITH g AS (SELECT i, i // 2 AS k,"
        + " CAST(floor(" + ACTORS + " * pow((hash(i // 2, 1) % 1000003) / 1000003.0, 2)) AS INTEGER) AS s,"
        + " CAST(floor(" + ACTORS + " * pow((hash(i // 2, 2) % 1000003) / 1000003.0, 2)) AS INTEGER) AS t0,"
        + " DATE '2001-01-01' + CAST(hash(i // 2, 3) % 4383 AS INTEGER) AS day,"
        + " CAST(1 + hash(i // 2, 4) % 20 AS INTEGER) AS root,"
        + " hash(i, 5) % 2 = 1 AS government, CAST(hash(i, 6) % 40 AS INTEGER) AS outlet FROM range(?) r(i)),"
        + " h AS (SELECT *, CASE WHEN t0 = s THEN (t0 + 1) % " + ACTORS + " ELSE t0 END AS t,"
        + " CASE WHEN root <= 4 THEN 1 WHEN root <= 9 THEN 2 WHEN root <= 14 THEN 3 ELSE 4 END AS quad FROM g),"
        + " a AS (SELECT *, " + code("s") + " || CASE WHEN government THEN 'GOV' ELSE '' END AS source_code, "
        + code("t") + " AS target_code, lpad(CAST(root AS VARCHAR), 2, '0') AS root2,"
        + " CASE quad WHEN 1 THEN 3.0 WHEN 2 THEN 6.0 WHEN 3 THEN -3.0 ELSE -8.0 END AS goldstein FROM h)";
    String events = "INSERT INTO events " + rows + " SELECT printf('%016x', i), 'doc' || (i // 20), day, day,"
        + " source_code, 'synthetic', 'actor', 0, 5, NULL, target_code, 'synthetic', 'actor', 10, 15, NULL,"
        + " root2 || '0', root2, goldstein, quad, 0, 0, 30, 'Synthetic report ' || i || ' of event ' || k || '.',"
        + " 'did', 6, 9, 'synthetic', 1.0 FROM a";
    String clustered = "INSERT INTO clustered_events " + rows + " SELECT printf('%016x', i), 'c' || k, day,"
        + " source_code, target_code, " + StateAgents.sql("source_code") + ", target_code, root2 || '0', quad, goldstein,"
        + " 'outlet-' || outlet, 'doc' || (i // 20), 2, 2 FROM a ORDER BY source_code, target_code, day";
    try (Statement statement = workspace.database().connection().createStatement()) {
      insert(workspace, events, count);
      insert(workspace, clustered, count);
      statement.execute("INSERT INTO cluster_months SELECT CAST(date_trunc('month', cluster_date) AS DATE),"
          + " count(DISTINCT cluster), count(*) FROM clustered_events GROUP BY 1");
      statement.execute(tieYears());
      statement.execute(CONFIDENCES);
      statement.execute("CHECKPOINT");
    } catch (SQLException e) {
      throw new IOException("cannot generate the synthetic events: " + e.getMessage(), e);
    }
  }

  private static void insert(Workspace workspace, String sql, long count) throws SQLException {
    try (PreparedStatement statement = workspace.database().connection().prepareStatement(sql)) {
      statement.setLong(1, count);
      statement.execute();
    }
  }

  /** The yearly ties, as the cluster stage derives them (two reports per cluster). */
  private static String tieYears() {
    return "INSERT INTO tie_years SELECT CAST(date_trunc('year', cluster_date) AS DATE), source_actor, target_actor,"
        + " count(DISTINCT cluster), count(*), count(DISTINCT cluster) FILTER (WHERE quad <= 2),"
        + " count(DISTINCT cluster) FILTER (WHERE quad >= 3), count(*) FILTER (WHERE quad <= 2),"
        + " count(*) FILTER (WHERE quad >= 3), sum(goldstein) / 2, count(DISTINCT cluster), sum(goldstein), count(*)"
        + " FROM clustered_events WHERE source_actor <> target_actor GROUP BY ALL ORDER BY 1, 2, 3";
  }

  private static String code(String index) {
    return "chr(65 + " + index + " // 676 % 26) || chr(65 + " + index + " // 26 % 26) || chr(65 + " + index + " % 26)";
  }
}
