package org.dyad.spark;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The job's entry point for {@code spark-submit}: reads the options, runs {@link SparkPipeline} on
 * the session spark-submit configured, prints what it wrote. Exit code 0 on success, 1 when the
 * input or output is unusable (one line saying why), 2 on a usage error.
 */
@Command(name = "dyad-spark", mixinStandardHelpOptions = true,
    description = "Runs Dyad's pipeline on Apache Spark and writes the workspace's tables as Parquet for 'dyad attach'.")
public final class DyadSparkJob implements Callable<Integer> {

  @Option(names = "--input", required = true, paramLabel = "PATH",
      description = "Folder of documents (any format Tika reads), or JSON Lines / Parquet files of {id,date,text,outlet}.")
  String input;

  @Option(names = "--format", defaultValue = "files", paramLabel = "FORMAT",
      description = "files, jsonl or parquet (default: ${DEFAULT-VALUE}).")
  InputFormat format;

  @Option(names = "--output", required = true, paramLabel = "DIR",
      description = "Folder to write the tables under (must not exist).")
  String output;

  @Option(names = "--outlet", paramLabel = "NAME",
      description = "Outlet of every document (default: the first folder under the input, or the record's own).")
  String outlet;

  @Option(names = "--partitions", defaultValue = "0", paramLabel = "N",
      description = "Tasks to spread the documents over (default: four per core).")
  int partitions;

  private final PrintWriter out;

  DyadSparkJob(PrintWriter out) {
    this.out = out;
  }

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true);
    CommandLine cli = new CommandLine(new DyadSparkJob(out)).setCaseInsensitiveEnumValuesAllowed(true);
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      commandLine.getErr().println("dyad-spark: " + oneLine(e));
      return 1;
    });
    System.exit(cli.execute(args));
  }

  @Override
  public Integer call() {
    JobOptions options = new JobOptions(input, format, output, outlet, partitions);
    SparkSession spark = SparkSession.builder().appName("dyad").getOrCreate();
    try {
      JobReport report = SparkPipeline.run(spark, options);
      out.printf("Wrote %s in %.1f s: %,d documents (%.2f/s), %,d sentences, %,d actor mentions, %,d events, %,d clusters, %,d failures%n",
          output, report.seconds(), report.documents(), report.documentsPerSecond(), report.sentences(),
          report.mentions(), report.events(), report.clusters(), report.failures());
      return 0;
    } finally {
      spark.stop();
    }
  }

  private static String oneLine(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null && (cause.getMessage() == null || cause instanceof java.util.concurrent.ExecutionException)) {
      cause = cause.getCause();
    }
    String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
