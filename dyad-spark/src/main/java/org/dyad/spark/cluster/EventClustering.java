package org.dyad.spark.cluster;

import static org.apache.spark.sql.functions.col;

import java.sql.Date;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;

/**
 * The job's clustering step, a Spark transformation from the {@code events} and {@code documents}
 * tables to the {@code clusters} table: events are grouped by (source, target, root), each group
 * is clustered on one executor by {@link DateWindowClustering}, and each cluster becomes one row
 * with its dates, counts of events, documents and outlets, and member event ids. The one place to
 * change when the clustering rule changes.
 */
public final class EventClustering {

  private static final String SEPARATOR = "\u001f";

  private EventClustering() {}

  /**
   * @param events rows of the {@code events} table
   * @param documents rows of the {@code documents} table (for each event's outlet)
   * @param clusterSchema the schema of the rows returned
   */
  public static Dataset<Row> clusters(Dataset<Row> events, Dataset<Row> documents, int windowDays, StructType clusterSchema) {
    new DateWindowClustering(windowDays); // checks the window on the driver, before any task runs
    Dataset<Row> members = events.select(col("id"), col("doc"), col("source_code"), col("target_code"), col("root"),
            col("date"))
        .join(documents.select(col("id").as("doc"), col("outlet")), "doc");
    return members
        .groupByKey((MapFunction<Row, String>) EventClustering::dyadOf, Encoders.STRING())
        .flatMapGroups((FlatMapGroupsFunction<String, Row, Row>) (dyad, rows) -> rowsOf(new DateWindowClustering(windowDays), dyad, rows),
            Encoders.row(clusterSchema));
  }

  private static String dyadOf(Row event) {
    return event.getAs("source_code") + SEPARATOR + event.getAs("target_code") + SEPARATOR + event.getAs("root");
  }

  private static Iterator<Row> rowsOf(DateWindowClustering clustering, String dyad, Iterator<Row> events) {
    List<DateWindowClustering.Member> members = new ArrayList<>();
    while (events.hasNext()) {
      Row event = events.next();
      Date date = event.getAs("date");
      members.add(new DateWindowClustering.Member(event.getAs("id"), event.getAs("doc"), event.getAs("outlet"),
          date == null ? null : date.toLocalDate()));
    }
    String[] key = dyad.split(SEPARATOR, -1);
    List<Row> rows = new ArrayList<>();
    for (DateWindowClustering.Cluster cluster : clustering.cluster(dyad, members)) {
      rows.add(RowFactory.create(cluster.id(), key[0], key[1], key[2], sqlDate(cluster.firstDate()),
          sqlDate(cluster.lastDate()), cluster.members().size(), cluster.documents(), cluster.outlets(),
          cluster.members().stream().map(DateWindowClustering.Member::event).toArray(String[]::new)));
    }
    return rows.iterator();
  }

  private static Date sqlDate(java.time.LocalDate date) {
    return date == null ? null : Date.valueOf(date);
  }
}
