package org.dyad.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import org.dyad.nlp.coding.CodingStage;
import org.dyad.nlp.coding.DependencyEventCoder;
import org.dyad.nlp.parse.CoreNlpSentenceParser;
import org.dyad.store.Workspace;

/**
 * Runs the code stage over a workspace after annotation: every annotated document not yet coded
 * by this coder and verb dictionary gets its events. Shared by ingest, demo and recode.
 */
final class CodeStageRun {

  private CodeStageRun() {}

  /**
   * @param verbs a PETRARCH-2 verb dictionary, or null for Dyad's own
   * @param all code every annotated document again, not only those this coder has not coded
   */
  static CodingStage.Report run(Workspace workspace, Path verbs, boolean all, PrintStream err) throws IOException {
    DependencyEventCoder coder = CodingSetup.coder(verbs);
    String version = CodingSetup.CODER + " verbs=" + (verbs == null ? "dyad" : verbs.getFileName());
    CodingStage stage = new CodingStage(workspace.catalogue(), workspace.annotations(), workspace.events(), coder, version,
        CoreNlpSentenceParser::new);
    long start = System.nanoTime();
    long[] lastReport = {start};
    java.util.function.Consumer<Long> progress = done -> {
      long now = System.nanoTime();
      if (now - lastReport[0] > 2_000_000_000L) {
        err.printf("Coded %,d documents (%.0f s)%n", done, (now - start) / 1e9);
        lastReport[0] = now;
      }
    };
    return all ? stage.recodeAll(progress) : stage.run(progress);
  }

  static void printSummary(CodingStage.Report report, double seconds, PrintWriter out) {
    out.printf("Coded %,d documents in %.1f s: %,d events from %,d sentences naming two actors%n",
        report.documents(), seconds, report.events(), report.sentences());
  }
}
