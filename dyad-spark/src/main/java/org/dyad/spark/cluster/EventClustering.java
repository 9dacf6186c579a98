package org.dyad.spark.cluster;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.sql.Date;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;
import org.dyad.analysis.cluster.EventClusterer;
import org.dyad.core.analysis.ClusterCandidate;

/**
 * The job's clustering step, a Spark transformation from the {@code events} and {@code documents}
 * tables to the {@code clusters} table, with the workspace's own clusterer: events are grouped by
 * {@link EventClusterer#blockingKey} (direction with state agents folded, and root code), each
 * group is clustered on one executor by {@link EventClusterer#defaults()} — the rule, window and
 * wording threshold of the embedded cluster stage — and each cluster becomes one row
 * ({@link ClusterRow}). Since no cluster spans two keys, the clusters and their ids are those the
 * embedded stage gives for the same events.
 *
 * <p>A key's events are held together on one executor: memory O(events of the busiest direction
 * and root), a few hundred bytes per event.
 */
public final class EventClustering {

  private EventClustering() {}

  /**
   * @param events rows of the {@code events} table
   * @param documents rows of the {@code documents} table (for each event's outlet)
   * @param clusterSchema the schema of the rows returned
   */
  public static Dataset<Row> clusters(Dataset<Row> events, Dataset<Row> documents, StructType clusterSchema) {
    Dataset<Row> outlets = documents.select(col("id").as("document_id"), col("outlet"));
    Dataset<Row> candidates = events
        .join(outlets, events.col("doc").equalTo(outlets.col("document_id")), "left")
        .select(col("id"), col("doc"), coalesce(col("outlet"), lit("")).as("outlet"), col("date"), col("source_code"),
            col("target_code"), col("code"), col("verb_text"), col("target_text"));
    return candidates
        .groupByKey((MapFunction<Row, String>) row -> EventClusterer.blockingKey(candidate(row)), Encoders.STRING())
        .flatMapGroups((FlatMapGroupsFunction<String, Row, Row>) (key, rows) -> clusterRows(rows),
            Encoders.row(clusterSchema));
  }

  /** Clusters one key's events; runs on an executor. */
  private static Iterator<Row> clusterRows(Iterator<Row> rows) {
    List<ClusterCandidate> candidates = new ArrayList<>();
    rows.forEachRemaining(row -> candidates.add(candidate(row)));
    Map<String, String> clusterOf = EventClusterer.defaults().cluster(candidates);
    Map<String, List<ClusterCandidate>> members = new LinkedHashMap<>();
    for (ClusterCandidate candidate : candidates) {
      members.computeIfAbsent(clusterOf.get(candidate.id()), cluster -> new ArrayList<>()).add(candidate);
    }
    List<Row> clusters = new ArrayList<>(members.size());
    members.forEach((id, events) -> clusters.add(ClusterRow.of(id, events)));
    return clusters.iterator();
  }

  private static ClusterCandidate candidate(Row row) {
    Date date = row.getAs("date");
    return new ClusterCandidate(row.getAs("id"), row.getAs("doc"), row.getAs("outlet"),
        date == null ? null : date.toLocalDate(), row.getAs("source_code"), row.getAs("target_code"), row.getAs("code"),
        row.getAs("verb_text"), row.getAs("target_text"));
  }
}
