package org.dyad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.dyad.ingest.IngestOptions;
import org.dyad.ingest.IngestReport;
import org.dyad.pipeline.PipelineReport;
import org.dyad.pipeline.PipelineRun;
import org.dyad.pipeline.WorkspacePipeline;
import org.dyad.store.Workspace;

/** Runs the ingest stage with progress on stderr, and prints ingest summaries. Shared by ingest and demo. */
final class IngestRun {

  private IngestRun() {}

  static IngestReport run(Workspace workspace, List<Path> paths, IngestOptions options) throws IOException, InterruptedException {
    try (ProgressReporter progress = new ProgressReporter(System.err)) {
      return WorkspacePipeline.ingest(workspace, paths, options, progress);
    }
  }

  static void printSummary(IngestReport report, PrintWriter out) {
    print(report.ingested(), report.duplicates(), report.failed(), report.elapsed().toMillis() / 1000.0,
        report.filesPerSecond(), report.megabytesPerSecond(), report.reindexed(), out);
  }

  /** The summary of a whole pipeline run: ingest, then annotate and code when they ran. */
  static void printSummary(PipelineRun run, PrintWriter out) {
    PipelineReport report = run.report();
    print(report.ingested(), report.duplicates(), report.failed(), report.seconds(), report.files_per_second(),
        report.megabytes_per_second(), report.reindexed(), out);
    if (report.annotated() != null) {
      AnnotateRun.printSummary(report.annotated(), run.annotate_seconds(), out);
    }
    if (report.coded() != null) {
      CodeStageRun.printSummary(report.coded(), run.code_seconds(), out);
    }
    if (report.clustered() != null) {
      ClusterStageRun.printSummary(report.clustered(), out);
    }
  }

  private static void print(long ingested, long duplicates, long failed, double seconds, double filesPerSecond,
      double megabytesPerSecond, long reindexed, PrintWriter out) {
    out.printf("Ingested %,d new documents (%,d duplicates, %,d failed) in %.1f s: %.1f files/s, %.1f MB/s%n",
        ingested, duplicates, failed, seconds, filesPerSecond, megabytesPerSecond);
    if (reindexed > 0) {
      out.printf("Re-indexed %,d documents left unindexed by an interrupted run%n", reindexed);
    }
  }
}
