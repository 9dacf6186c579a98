package org.dyad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.dyad.ingest.IngestOptions;
import org.dyad.ingest.IngestPipeline;
import org.dyad.ingest.IngestReport;
import org.dyad.store.Workspace;

/** Runs the ingest pipeline on an open workspace with progress on stderr; shared by ingest and demo. */
final class IngestRun {

  private IngestRun() {}

  static IngestReport run(Workspace workspace, List<Path> paths, IngestOptions options) throws IOException, InterruptedException {
    try (ProgressReporter progress = new ProgressReporter(System.err)) {
      return IngestPipeline.ingest(workspace.catalogue(), workspace.index(), workspace.blobs(), options, progress, paths);
    }
  }

  static void printSummary(IngestReport report, PrintWriter out) {
    out.printf("Ingested %,d new documents (%,d duplicates, %,d failed) in %.1f s: %.1f files/s, %.1f MB/s%n",
        report.ingested(), report.duplicates(), report.failed(), report.elapsed().toMillis() / 1000.0,
        report.filesPerSecond(), report.megabytesPerSecond());
    if (report.reindexed() > 0) {
      out.printf("Re-indexed %,d documents left unindexed by an interrupted run%n", report.reindexed());
    }
  }
}
