package org.dyad.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.regexp_extract;
import static org.apache.spark.sql.functions.split;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.substring_index;
import static org.apache.spark.sql.functions.when;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;

/**
 * Reads the job's input as rows of {@link WorkspaceTables#INPUT}: a folder of files of any format
 * Tika reads, JSON Lines records {@code {"id","date","text","outlet"}}, or Parquet files with those
 * columns. A record that cannot be read (not JSON, no text, an empty file) becomes a row with a
 * {@code problem}, reported as a failure, so one bad record never stops the job.
 */
final class DocumentInputs {

  private static final String CORRUPT = "_corrupt_record";

  private DocumentInputs() {}

  /**
   * @param outlet the outlet of every document, or null: then a file's outlet is the first folder
   *     under the input folder (as {@code dyad ingest} names it) and a record's is its own
   *     {@code outlet} field, else the name of the file it came from
   */
  static Dataset<Row> read(SparkSession spark, InputFormat format, String input, String outlet) {
    Dataset<Row> rows = switch (format) {
      case FILES -> files(spark, input, outlet);
      case JSONL -> jsonLines(spark, input, outlet);
      case PARQUET -> parquet(spark, input, outlet);
    };
    return rows.select(Arrays.stream(WorkspaceTables.INPUT.fieldNames()).map(name -> col(name)).toArray(Column[]::new));
  }

  private static Dataset<Row> files(SparkSession spark, String input, String outlet) {
    Path root = qualified(spark, input);
    boolean folder = isFolder(spark, root);
    String rootName = folder ? root.getName() : root.getParent().getName();
    String rootPrefix = (folder ? root : root.getParent()).toString() + "/";
    Column relative = substring(col("path"), rootPrefix.length() + 1, Integer.MAX_VALUE);
    Column firstFolder = when(relative.contains("/"), substring_index(relative, "/", 1)).otherwise(lit(rootName));
    return spark.read().format("binaryFile").option("recursiveFileLookup", "true").load(input)
        .withColumn("file_name", element_at(split(col("path"), "/"), -1))
        .withColumn("outlet", outlet != null ? lit(outlet) : firstFolder)
        .withColumn("bytes", col("content"))
        .withColumn("text", lit(null).cast(DataTypes.StringType))
        .withColumn("date", lit(null).cast(DataTypes.StringType))
        .withColumn("problem", when(col("length").equalTo(0), lit("empty file")));
  }

  private static Dataset<Row> jsonLines(SparkSession spark, String input, String outlet) {
    Dataset<Row> records = spark.read()
        .schema("id STRING, date STRING, text STRING, outlet STRING, " + CORRUPT + " STRING")
        .option("mode", "PERMISSIVE")
        .option("columnNameOfCorruptRecord", CORRUPT)
        .json(input);
    Column problem = when(col(CORRUPT).isNotNull(),
            concat(lit("not a JSON object {\"id\",\"date\",\"text\",\"outlet\"}: "), substring(col(CORRUPT), 1, 80)))
        .when(col("id").isNull().or(col("id").equalTo("")), lit("the record has no id"))
        .when(col("text").isNull(), lit("the record has no text"))
        .when(length(col("text")).equalTo(0), lit("the record's text is empty"));
    return records(records, outlet).withColumn("problem", problem);
  }

  private static Dataset<Row> parquet(SparkSession spark, String input, String outlet) {
    Dataset<Row> records = spark.read().parquet(input);
    List<String> columns = Arrays.asList(records.columns());
    if (!columns.contains("id") || !columns.contains("text")) {
      throw new IllegalArgumentException(
          input + " has columns " + columns + "; the job needs id and text (date and outlet are optional)");
    }
    for (String optional : List.of("date", "outlet")) {
      records = columns.contains(optional) ? records : records.withColumn(optional, lit(null));
    }
    records = records.withColumn("id", col("id").cast(DataTypes.StringType))
        .withColumn("date", col("date").cast(DataTypes.StringType))
        .withColumn("outlet", col("outlet").cast(DataTypes.StringType));
    Column problem = when(col("id").isNull(), lit("the record has no id"))
        .when(col("text").isNull().or(length(col("text")).equalTo(0)), lit("the record has no text"));
    return records(records, outlet).withColumn("problem", problem);
  }

  /** A record's path names its file and id; its outlet is its own, else the given one, else its file's name. */
  private static Dataset<Row> records(Dataset<Row> records, String outlet) {
    Column file = col("_metadata.file_path");
    Column fileStem = regexp_extract(file, "([^/]*?)(\\.[^./]*)?$", 1);
    return records
        .withColumn("path", concat(file, lit("#"), coalesce(col("id"), lit("?"))))
        .withColumn("file_name", coalesce(col("id"), lit("record")))
        .withColumn("outlet", coalesce(col("outlet"), outlet != null ? lit(outlet) : fileStem))
        .withColumn("bytes", lit(null).cast(DataTypes.BinaryType));
  }

  private static Path qualified(SparkSession spark, String input) {
    try {
      Path path = new Path(input);
      return path.getFileSystem(spark.sparkContext().hadoopConfiguration()).makeQualified(path);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot reach " + input + ": " + e.getMessage(), e);
    }
  }

  private static boolean isFolder(SparkSession spark, Path path) {
    try {
      FileSystem fs = path.getFileSystem(spark.sparkContext().hadoopConfiguration());
      if (!fs.exists(path)) {
        throw new IllegalArgumentException("no such file or folder: " + path);
      }
      return fs.getFileStatus(path).isDirectory();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot reach " + path + ": " + e.getMessage(), e);
    }
  }
}
