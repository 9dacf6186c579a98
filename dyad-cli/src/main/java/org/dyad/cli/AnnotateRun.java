package org.dyad.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import org.dyad.nlp.annotate.AnnotationReport;
import org.dyad.pipeline.WorkspacePipeline;
import org.dyad.store.Workspace;

/** Runs the annotate and resolve stages with progress lines on stderr, and prints their summary. */
final class AnnotateRun {

  private AnnotateRun() {}

  static AnnotationReport run(Workspace workspace, int threads, PrintStream err) throws IOException {
    return WorkspacePipeline.annotate(workspace, threads, new ProgressLines(err, "Annotated %,d documents (%.0f s)%n"));
  }

  static void printSummary(AnnotationReport report, double seconds, PrintWriter out) {
    out.printf("Annotated %,d documents in %.1f s: %,d sentences, %,d parsed (%.0f%% spared by the pre-filter), %,d actor mentions%n",
        report.documents(), seconds, report.sentences(), report.parsed(), 100 * report.sparedShare(), report.mentions());
    if (report.failed() > 0) {
      out.printf("%,d documents could not be annotated ('dyad status --failures' lists them)%n", report.failed());
    }
  }
}
