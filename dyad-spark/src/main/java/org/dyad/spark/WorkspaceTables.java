package org.dyad.spark;

import static org.apache.spark.sql.types.DataTypes.BinaryType;
import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.TimestampType;

import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The Parquet tables the job writes, column for column the workspace's DuckDB tables (dyad-store's
 * migrations {@code V1__documents.sql}, {@code V2__annotations.sql}, {@code V3__events.sql}), so
 * {@code dyad attach} copies them with plain {@code INSERT ... SELECT}. The {@code documents} table
 * also carries each document's extracted {@code text} (the workspace keeps it in
 * {@code document_texts}); {@code clusters} has the columns of {@code event_clusters}
 * ({@code V6__attach.sql}), one row per cluster of the embedded cluster stage, from which attach
 * fills the workspace's {@code clustered_events} ({@code V7__analysis.sql}).
 */
public final class WorkspaceTables {

  /** Folder names under the output folder, one per table. */
  public static final String DOCUMENTS = "documents";
  public static final String SENTENCES = "sentences";
  public static final String MENTIONS = "mentions";
  public static final String EVENTS = "events";
  public static final String CLUSTERS = "clusters";
  public static final String FAILURES = "failures";

  static final StructType DOCUMENT = new StructType(new StructField[] {
      required("id", StringType), required("path", StringType), required("file_name", StringType),
      required("outlet", StringType), required("title", StringType), optional("author", StringType),
      optional("doc_date", DateType), required("date_source", StringType), optional("language", StringType),
      optional("mime_type", StringType), required("size", LongType), optional("grade", StringType),
      required("ingested_at", TimestampType), required("text", StringType)});

  static final StructType SENTENCE = new StructType(new StructField[] {
      required("doc", StringType), required("idx", IntegerType), required("start_offset", IntegerType),
      required("end_offset", IntegerType), optional("parse", StringType)});

  static final StructType MENTION = new StructType(new StructField[] {
      required("doc", StringType), required("sentence", IntegerType), required("start_offset", IntegerType),
      required("end_offset", IntegerType), required("text", StringType), required("code", StringType),
      required("actor", StringType), optional("person", StringType), required("rule", StringType)});

  static final StructType EVENT = new StructType(new StructField[] {
      required("id", StringType), required("doc", StringType), optional("date", DateType), optional("doc_date", DateType),
      required("source_code", StringType), required("source_name", StringType), required("source_text", StringType),
      required("source_start", IntegerType), required("source_end", IntegerType), optional("source_person", StringType),
      required("target_code", StringType), required("target_name", StringType), required("target_text", StringType),
      required("target_start", IntegerType), required("target_end", IntegerType), optional("target_person", StringType),
      required("code", StringType), required("root", StringType), optional("goldstein", DoubleType),
      optional("quad", IntegerType), required("sentence_index", IntegerType), required("sentence_start", IntegerType),
      required("sentence_end", IntegerType), required("sentence_text", StringType), required("verb_text", StringType),
      required("verb_start", IntegerType), required("verb_end", IntegerType), required("rule", StringType),
      required("confidence", DoubleType)});

  static final StructType FAILURE = new StructType(new StructField[] {
      required("path", StringType), required("stage", StringType), required("reason", StringType),
      required("failed_at", TimestampType)});

  /**
   * One event cluster (written by {@code cluster.ClusterRow}): {@code id} is the id of its
   * earliest event, as in {@code clustered_events.cluster} (V6's column comment predates that), and
   * {@code source_code}/{@code target_code} the direction with state agents folded.
   */
  static final StructType CLUSTER = new StructType(new StructField[] {
      required("id", StringType), required("source_code", StringType), required("target_code", StringType),
      required("root", StringType), optional("first_date", DateType), optional("last_date", DateType),
      required("events", IntegerType), required("documents", IntegerType), required("outlets", IntegerType),
      required("event_ids", DataTypes.createArrayType(StringType, false))});

  /**
   * A document read from the input, before any work: either {@code bytes} (a file, extracted with
   * Tika) or {@code text} (a JSON Lines or Parquet record) is set. {@code date} is the record's
   * {@code yyyy-mm-dd} date, checked when the document is processed; {@code problem} says why a
   * record could not be read at all.
   */
  static final StructType INPUT = new StructType(new StructField[] {
      required("path", StringType), required("file_name", StringType), optional("outlet", StringType),
      optional("bytes", BinaryType), optional("text", StringType), optional("date", StringType),
      optional("problem", StringType)});

  /** One processed document: its rows for every table, and its failure when it failed. */
  static final StructType PROCESSED = new StructType(new StructField[] {
      optional("document", DOCUMENT),
      required("sentences", DataTypes.createArrayType(SENTENCE, false)),
      required("mentions", DataTypes.createArrayType(MENTION, false)),
      required("events", DataTypes.createArrayType(EVENT, false)),
      optional("failure", FAILURE)});

  private WorkspaceTables() {}

  private static StructField required(String name, org.apache.spark.sql.types.DataType type) {
    return DataTypes.createStructField(name, type, false);
  }

  private static StructField optional(String name, org.apache.spark.sql.types.DataType type) {
    return DataTypes.createStructField(name, type, true);
  }
}
