package org.dyad.spark.cluster;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.dyad.core.analysis.ClusterCandidate;
import org.dyad.core.analysis.StateAgents;

/**
 * One row of the {@code clusters} table, the workspace's {@code event_clusters} columns: the
 * cluster's id (its earliest event's, as the embedded stage names it), its direction with state
 * agents folded ({@code IRNGOV} and {@code IRN} reports of one event share a cluster, filed under
 * {@code IRN}), root code, first and last report dates, and the counts of its events, documents and
 * outlets, with the member event ids earliest first.
 */
final class ClusterRow {

  private static final Comparator<ClusterCandidate> EARLIEST_FIRST = Comparator
      .comparing(ClusterCandidate::date, Comparator.nullsLast(Comparator.naturalOrder()))
      .thenComparing(ClusterCandidate::id);

  private ClusterRow() {}

  /** @param events the cluster's events, all of one blocking key */
  static Row of(String id, List<ClusterCandidate> events) {
    List<ClusterCandidate> members = events.stream().sorted(EARLIEST_FIRST).toList();
    ClusterCandidate first = members.getFirst();
    LocalDate last = members.stream().map(ClusterCandidate::date).filter(Objects::nonNull)
        .max(Comparator.naturalOrder()).orElse(null);
    return RowFactory.create(id, StateAgents.fold(first.source()), StateAgents.fold(first.target()), first.root(),
        sqlDate(first.date()), sqlDate(last), members.size(), distinct(members.stream().map(ClusterCandidate::doc).toList()),
        distinct(members.stream().map(ClusterCandidate::outlet).toList()),
        members.stream().map(ClusterCandidate::id).toArray(String[]::new));
  }

  private static int distinct(List<String> values) {
    return new HashSet<>(values).size();
  }

  private static Date sqlDate(LocalDate date) {
    return date == null ? null : Date.valueOf(date);
  }
}
