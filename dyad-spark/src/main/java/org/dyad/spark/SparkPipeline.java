package org.dyad.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.current_timestamp;
import static org.apache.spark.sql.functions.encode;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sha2;
import static org.apache.spark.sql.functions.coalesce;

import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.dyad.core.model.IngestFailure;
import org.dyad.spark.cluster.EventClustering;

/**
 * Dyad's pipeline as one Spark job: read documents, key each by the sha256 of its bytes (or of its
 * text's UTF-8 bytes, for records) and keep one per key, process them on the executors
 * ({@link DocumentProcessor}: extract, annotate, resolve, code), cluster the events with the
 * embedded pipeline's clusterer ({@link EventClustering}), and write the {@link WorkspaceTables} as Parquet. The processed
 * documents are kept (memory, then disk) between the writes, so each document is parsed once.
 */
public final class SparkPipeline {

  private SparkPipeline() {}

  public static JobReport run(SparkSession spark, JobOptions options) {
    long start = System.nanoTime();
    Dataset<Row> inputs = DocumentInputs.read(spark, options.format(), options.input(), options.outlet());
    int partitions = options.partitions() > 0 ? options.partitions() : 4 * spark.sparkContext().defaultParallelism();
    // Hash-partitioned by id, so dropping duplicate bytes needs no second shuffle; spread by document
    // count rather than bytes, since parsing, not reading, is the cost.
    Dataset<Row> documents = inputs.where(col("problem").isNull())
        .withColumn("id", sha2(coalesce(col("bytes"), encode(col("text"), "UTF-8")), 256))
        .repartition(partitions, col("id"))
        .dropDuplicates("id");
    Dataset<Row> processed = documents
        .mapPartitions((MapPartitionsFunction<Row, Row>) DocumentProcessor::processAll, Encoders.row(WorkspaceTables.PROCESSED))
        .persist(StorageLevel.MEMORY_AND_DISK());
    try {
      String out = options.output().endsWith("/") ? options.output() : options.output() + "/";
      Dataset<Row> documentRows = processed.where(col("document").isNotNull()).select("document.*");
      Dataset<Row> eventRows = processed.select(explode(col("events")).as("e")).select("e.*");
      long documentCount = write(documentRows, out + WorkspaceTables.DOCUMENTS);
      long sentences = write(processed.select(explode(col("sentences")).as("s")).select("s.*"), out + WorkspaceTables.SENTENCES);
      long mentions = write(processed.select(explode(col("mentions")).as("m")).select("m.*"), out + WorkspaceTables.MENTIONS);
      long events = write(eventRows, out + WorkspaceTables.EVENTS);
      Dataset<Row> failures = processed.where(col("failure").isNotNull()).select("failure.*")
          .unionByName(inputs.where(col("problem").isNotNull()).select(col("path"),
              lit(IngestFailure.Stage.SCAN.name()).as("stage"), col("problem").as("reason"),
              current_timestamp().as("failed_at")));
      long failed = write(failures, out + WorkspaceTables.FAILURES);
      long clusters = write(EventClustering.clusters(spark.read().parquet(out + WorkspaceTables.EVENTS),
          spark.read().parquet(out + WorkspaceTables.DOCUMENTS), WorkspaceTables.CLUSTER),
          out + WorkspaceTables.CLUSTERS);
      return new JobReport(documentCount, sentences, mentions, events, clusters, failed, (System.nanoTime() - start) / 1e9);
    } finally {
      processed.unpersist();
    }
  }

  /** Writes a table and returns its row count, read back from the files just written (cheap in Parquet). */
  private static long write(Dataset<Row> table, String folder) {
    table.write().mode(SaveMode.ErrorIfExists).parquet(folder);
    return table.sparkSession().read().parquet(folder).count();
  }
}
