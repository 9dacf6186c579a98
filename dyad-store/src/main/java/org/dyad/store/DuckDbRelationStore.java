package org.dyad.store;

import static org.dyad.store.DuckDbDocumentStore.firstLine;

import java.io.IOException;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.duckdb.DuckDBConnection;
import org.dyad.core.analysis.ActorTie;
import org.dyad.core.analysis.DyadQuery;
import org.dyad.core.analysis.EvidenceItem;
import org.dyad.core.analysis.NetworkQuery;
import org.dyad.core.analysis.Period;
import org.dyad.core.analysis.PeriodCounts;
import org.dyad.core.analysis.TimelineQuery;
import org.dyad.core.store.RelationStore;

/**
 * Dyad series, evidence, network ties and timelines as SQL over {@code clustered_events}: grouping
 * by period and by cluster happens in DuckDB, and only the few result rows reach Java.
 */
public final class DuckDbRelationStore implements RelationStore, AutoCloseable {

  private final DuckDBConnection connection;

  DuckDbRelationStore(DuckDBConnection connection) {
    this.connection = connection;
  }

  @Override
  public synchronized List<PeriodCounts> series(DyadQuery query) throws IOException {
    DyadFilter filter = DyadFilter.of(query);
    String unit = query.by().word();
    String sql = "WITH dyad AS (SELECT cluster, cluster_date, quad, goldstein, outlet FROM clustered_events"
        + "   WHERE cluster_date IS NOT NULL AND " + filter.sql() + "),"
        + " by_event AS (SELECT CAST(date_trunc('" + unit + "', cluster_date) AS DATE) AS p, count(*) AS n,"
        + "   count(DISTINCT outlet) AS outlets, " + quads("quad", "") + ", avg(goldstein) AS g FROM dyad GROUP BY p),"
        + " per_cluster AS (SELECT CAST(date_trunc('" + unit + "', min(cluster_date)) AS DATE) AS p,"
        + "   any_value(quad) AS quad, avg(goldstein) AS g" + (query.weighted() ? ", cluster" : "") + " FROM dyad GROUP BY cluster),"
        + " by_cluster AS (SELECT p, count(*) AS n, " + quads("quad", "c") + ", avg(g) AS g" + weights(query)
        + " GROUP BY p),"
        + " totals AS (SELECT CAST(date_trunc('" + unit + "', month) AS DATE) AS p, sum(clusters) AS clusters,"
        + "   sum(events) AS events FROM cluster_months GROUP BY p)"
        + " SELECT e.p, e.n, c.n, e.q1, e.q2, e.q3, e.q4, c.cq1, c.cq2, c.cq3, c.cq4, e.g, c.g, e.outlets,"
        + "   coalesce(t.clusters, 0), coalesce(t.events, 0)" + (query.weighted() ? ", c.w, c.wnet" : "")
        + " FROM by_event e JOIN by_cluster c USING (p) LEFT JOIN totals t USING (p) ORDER BY e.p";
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      List<PeriodCounts> series = new ArrayList<>();
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          series.add(periodCounts(rows, query.by(), query.rawEvents(), query.weighted()));
        }
      }
      return series;
    } catch (SQLException e) {
      throw new IOException("cannot count the dyad " + query.a().code() + "–" + query.b().code() + ": " + firstLine(e), e);
    }
  }

  /**
   * The rest of the per-period cluster counts: when weighing, each cluster's confidence summed, and
   * summed with the sign of its QuadClass (+ cooperation, − conflict).
   */
  private static String weights(DyadQuery query) {
    if (!query.weighted()) {
      return " FROM per_cluster";
    }
    return ", sum(w) AS w, coalesce(sum(w) FILTER (WHERE quad IN (1, 2)), 0) - coalesce(sum(w) FILTER (WHERE quad IN (3, 4)), 0)"
        + " AS wnet FROM (SELECT per_cluster.*, coalesce(r.confidence, 0) AS w FROM per_cluster"
        + " LEFT JOIN cluster_confidences r ON r.cluster = per_cluster.cluster)";
  }

  private static String quads(String column, String prefix) {
    StringBuilder sql = new StringBuilder();
    for (int quad = 1; quad <= 4; quad++) {
      sql.append(quad > 1 ? ", " : "").append("count(*) FILTER (WHERE ").append(column).append(" = ").append(quad)
          .append(") AS ").append(prefix).append('q').append(quad);
    }
    return sql.toString();
  }

  private static PeriodCounts periodCounts(ResultSet rows, Period by, boolean rawEvents, boolean weighted) throws SQLException {
    long events = rows.getLong(2);
    long clusters = rows.getLong(3);
    int first = rawEvents ? 4 : 8;
    long q1 = rows.getLong(first);
    long q2 = rows.getLong(first + 1);
    long q3 = rows.getLong(first + 2);
    long q4 = rows.getLong(first + 3);
    double goldstein = rows.getDouble(rawEvents ? 12 : 13);
    Double meanGoldstein = rows.wasNull() ? null : goldstein;
    long counted = rawEvents ? events : clusters;
    long total = rows.getLong(rawEvents ? 16 : 15);
    double share = total == 0 ? 0 : Math.min(1, (double) counted / total);
    Double weightedClusters = weighted ? rows.getDouble(17) : null;
    double netCoop = !weighted ? (double) (q1 + q2 - q3 - q4) / counted
        : weightedClusters == 0 ? 0 : rows.getDouble(18) / weightedClusters;
    return new PeriodCounts(by.label(rows.getDate(1).toLocalDate()), events, clusters, q1, q2, q3, q4, meanGoldstein,
        netCoop, rows.getLong(14), share, weightedClusters);
  }

  @Override
  public synchronized List<EvidenceItem> evidence(DyadQuery query, int perPeriod) throws IOException {
    if (perPeriod < 1) {
      throw new IllegalArgumentException("evidence per period must be at least 1, got " + perPeriod);
    }
    String unit = query.by().word();
    return clusters(DyadFilter.of(query), "CAST(date_trunc('" + unit + "', min(cluster_date)) AS DATE)",
        "WHERE rank <= " + perPeriod + " ORDER BY r.p, r.rank", query.by(),
        "the evidence for " + query.a().code() + "–" + query.b().code());
  }

  @Override
  public synchronized List<EvidenceItem> timeline(TimelineQuery query) throws IOException {
    return clusters(DyadFilter.of(query), "NULL::DATE", "ORDER BY r.date NULLS LAST, r.cluster LIMIT " + query.limit(),
        null, "the timeline of " + query.actor().code());
  }

  /**
   * Groups the filtered rows by cluster and shows each with its first report's sentence; {@code
   * period} is the SQL of the cluster's period, ranked within it by corroboration. Two queries: the
   * clusters first, then their shown reports by id, which DuckDB looks up in the events' primary
   * key instead of joining the whole events table.
   */
  private List<EvidenceItem> clusters(DyadFilter filter, String period, String selection, Period by, String what)
      throws IOException {
    String sql = "WITH grouped AS (SELECT cluster, min(cluster_date) AS date, " + period + " AS p, count(*) AS mentions,"
        + "   count(DISTINCT outlet) AS outlets, list(id ORDER BY outlet, doc, id) AS ids, any_value(code) AS code,"
        + "   any_value(quad) AS quad, avg(goldstein) AS g FROM clustered_events WHERE " + filter.sql() + " GROUP BY cluster),"
        + " ranked AS (SELECT *, row_number() OVER (PARTITION BY p ORDER BY outlets DESC, mentions DESC, date, cluster)"
        + "   AS rank FROM grouped)"
        + " SELECT r.p, r.cluster, r.date, r.code, r.quad, r.g, r.mentions, r.outlets, r.ids, w.confidence FROM ranked r"
        + " LEFT JOIN cluster_confidences w ON w.cluster = r.cluster " + selection;
    try (Statement statement = connection.createStatement()) {
      List<ClusterRow> clusters = new ArrayList<>();
      try (ResultSet rows = statement.executeQuery(sql)) {
        while (rows.next()) {
          clusters.add(ClusterRow.read(rows, by));
        }
      }
      Map<String, ShownReport> shown = shownReports(statement, clusters);
      List<EvidenceItem> items = new ArrayList<>();
      for (ClusterRow cluster : clusters) {
        items.add(cluster.withReport(shown.get(cluster.ids().getFirst())));
      }
      return items;
    } catch (SQLException e) {
      throw new IOException("cannot read " + what + ": " + firstLine(e), e);
    }
  }

  private static Map<String, ShownReport> shownReports(Statement statement, List<ClusterRow> clusters) throws SQLException {
    Map<String, ShownReport> shown = new HashMap<>();
    if (clusters.isEmpty()) {
      return shown;
    }
    StringBuilder ids = new StringBuilder();
    for (ClusterRow cluster : clusters) {
      ids.append(ids.isEmpty() ? "" : ", ").append('\'').append(cluster.ids().getFirst().replace("'", "''")).append('\'');
    }
    try (ResultSet rows = statement.executeQuery("SELECT e.id, e.source_code, e.target_code, e.sentence_text, e.doc, d.title,"
        + " d.outlet FROM events e LEFT JOIN documents d ON d.id = e.doc WHERE e.id IN (" + ids + ")")) {
      while (rows.next()) {
        shown.put(rows.getString(1), new ShownReport(rows.getString(2), rows.getString(3), rows.getString(4),
            rows.getString(5), rows.getString(6), rows.getString(7)));
      }
    }
    return shown;
  }

  /** The report an evidence item quotes. */
  private record ShownReport(String source, String target, String sentence, String doc, String title, String outlet) {}

  /** A cluster as the first evidence query returns it. */
  private record ClusterRow(String period, String cluster, LocalDate date, String code, Integer quad, Double goldstein,
      long mentions, long outlets, List<String> ids, Double confidence) {

    static ClusterRow read(ResultSet rows, Period by) throws SQLException {
      Date period = rows.getDate(1);
      Date date = rows.getDate(3);
      int quad = rows.getInt(5);
      Integer nullableQuad = rows.wasNull() ? null : quad;
      return new ClusterRow(by == null || period == null ? null : by.label(period.toLocalDate()), rows.getString(2),
          date == null ? null : date.toLocalDate(), rows.getString(4), nullableQuad, ResultColumns.nullableDouble(rows, 6),
          rows.getLong(7), rows.getLong(8), ResultColumns.strings(rows, 9), ResultColumns.nullableDouble(rows, 10));
    }

    EvidenceItem withReport(ShownReport report) {
      return new EvidenceItem(period, cluster, date, report.source(), report.target(), code, quad, goldstein, mentions, outlets,
          confidence, report.sentence(), report.doc(), report.title(), report.outlet(), ids);
    }
  }

  /**
   * Sums the yearly ties of {@code tie_years} over the years the query covers; a range that does
   * not start on 1 January and end on 31 December is counted from the events themselves.
   */
  @Override
  public synchronized List<ActorTie> ties(NetworkQuery query) throws IOException {
    boolean raw = query.rawEvents();
    // tie_years sums every QuadClass, so a query for some classes groups the events themselves.
    boolean fromYears = wholeYears(query) && query.allQuads();
    String sql = fromYears && oneYear(query) ? oneYearTies(query) : "SELECT source_actor, target_actor, sum(events), sum(clusters),"
        + (raw ? " sum(event_goldstein_sum) / nullif(sum(event_goldstein_count), 0)," : " sum(goldstein_sum) / nullif(sum(goldstein_count), 0),")
        + (raw ? " sum(coop_events) - sum(conflict_events)" : " sum(coop_clusters) - sum(conflict_clusters)")
        + " FROM " + (fromYears ? "tie_years WHERE " + years(query) : "(" + rawTies(query) + ")")
        + " GROUP BY source_actor, target_actor HAVING sum(" + (raw ? "events" : "clusters") + ") >= ?"
        + " ORDER BY sum(" + (raw ? "events" : "clusters") + ") DESC, source_actor, target_actor";
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      int parameter = 0;
      for (int quad : query.quads()) {
        statement.setInt(++parameter, quad);
      }
      statement.setLong(++parameter, query.minWeight());
      List<ActorTie> ties = new ArrayList<>();
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          long events = rows.getLong(3);
          long clusters = rows.getLong(4);
          double goldstein = rows.getDouble(5);
          Double mean = rows.wasNull() ? null : goldstein;
          ties.add(new ActorTie(rows.getString(1), rows.getString(2), events, clusters, mean,
              (double) rows.getLong(6) / (raw ? events : clusters)));
        }
      }
      return ties;
    } catch (SQLException e) {
      throw new IOException("cannot read the actor network: " + firstLine(e), e);
    }
  }

  /** True for 1 January to 31 December of one year: the year's rows of {@code tie_years} as they are. */
  private static boolean oneYear(NetworkQuery query) {
    return wholeYears(query) && query.from() != null && query.to() != null && query.from().getYear() == query.to().getYear();
  }

  /** The columns of the general query, read straight from one year's ties: no grouping needed. */
  private static String oneYearTies(NetworkQuery query) {
    boolean raw = query.rawEvents();
    String weight = raw ? "events" : "clusters";
    return "SELECT source_actor, target_actor, events, clusters,"
        + (raw ? " event_goldstein_sum / nullif(event_goldstein_count, 0)," : " goldstein_sum / nullif(goldstein_count, 0),")
        + (raw ? " coop_events - conflict_events" : " coop_clusters - conflict_clusters")
        + " FROM tie_years WHERE year = DATE '" + query.from() + "' AND " + weight + " >= ?"
        + " ORDER BY " + weight + " DESC, source_actor, target_actor";
  }

  private static boolean wholeYears(NetworkQuery query) {
    return (query.from() == null || query.from().getDayOfYear() == 1)
        && (query.to() == null || query.to().equals(query.to().withDayOfYear(query.to().lengthOfYear())));
  }

  private static String years(NetworkQuery query) {
    return "true" + (query.from() == null ? "" : " AND year >= DATE '" + query.from() + "'")
        + (query.to() == null ? "" : " AND year <= DATE '" + query.to().withDayOfYear(1) + "'");
  }

  /**
   * The same columns as {@code tie_years}, grouped from the events of any date range; the
   * QuadClasses asked for are bound as parameters, one {@code ?} each, before the minimum weight.
   */
  private static String rawTies(NetworkQuery query) {
    return "SELECT source_actor, target_actor, count(*) AS clusters, sum(n) AS events,"
        + " count(*) FILTER (WHERE quad IN (1, 2)) AS coop_clusters, count(*) FILTER (WHERE quad IN (3, 4)) AS conflict_clusters,"
        + " coalesce(sum(n) FILTER (WHERE quad IN (1, 2)), 0) AS coop_events,"
        + " coalesce(sum(n) FILTER (WHERE quad IN (3, 4)), 0) AS conflict_events, sum(g) AS goldstein_sum,"
        + " count(g) AS goldstein_count, sum(gs) AS event_goldstein_sum, sum(gn) AS event_goldstein_count"
        + " FROM (SELECT source_actor, target_actor, cluster, count(*) AS n, any_value(quad) AS quad, avg(goldstein) AS g,"
        + "   sum(goldstein) AS gs, count(goldstein) AS gn FROM clustered_events"
        + "   WHERE cluster_date IS NOT NULL AND source_actor <> target_actor AND " + DyadFilter.dates(query.from(), query.to()).sql()
        + (query.allQuads() ? "" : " AND quad IN (" + String.join(", ", Collections.nCopies(query.quads().size(), "?")) + ")")
        + "   GROUP BY source_actor, target_actor, cluster) GROUP BY source_actor, target_actor";
  }

  @Override
  public synchronized void close() throws IOException {
    try {
      connection.close();
    } catch (SQLException e) {
      throw new IOException("cannot close the relation connection: " + firstLine(e), e);
    }
  }
}
