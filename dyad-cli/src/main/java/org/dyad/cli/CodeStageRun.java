package org.dyad.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import org.dyad.nlp.coding.CodingStage;
import org.dyad.pipeline.WorkspacePipeline;
import org.dyad.store.Workspace;

/** Runs the code stage with progress lines on stderr, and prints its summary. Shared by demo and recode. */
final class CodeStageRun {

  private CodeStageRun() {}

  /**
   * @param verbs a PETRARCH-2 verb dictionary, or null for Dyad's own
   * @param all code every annotated document again, not only those this coder has not coded
   */
  static CodingStage.Report run(Workspace workspace, Path verbs, boolean all, PrintStream err) throws IOException {
    return WorkspacePipeline.code(workspace, verbs, all, new ProgressLines(err, "Coded %,d documents (%.0f s)%n"));
  }

  static void printSummary(CodingStage.Report report, double seconds, PrintWriter out) {
    out.printf("Coded %,d documents in %.1f s: %,d events from %,d sentences naming two actors%n",
        report.documents(), seconds, report.events(), report.sentences());
  }
}
