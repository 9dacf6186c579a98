package org.dyad.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import org.dyad.nlp.annotate.EntityDiscovery;
import org.dyad.nlp.parse.CoreNlpEntityRecognizer;
import org.dyad.store.Workspace;

/**
 * Runs the opt-in discovery stage ({@code dyad actors --discover}): CoreNLP's named-entity
 * recognizer over every stored sentence, keeping the names no actor resolves to.
 */
final class DiscoverRun {

  private DiscoverRun() {}

  static EntityDiscovery.Report run(Workspace workspace, int threads, PrintStream err) throws IOException {
    EntityDiscovery discovery = new EntityDiscovery(workspace.annotations(), CoreNlpEntityRecognizer::new, threads);
    return discovery.run(new ProgressLines(err, "Searched %,d documents for names (%.0f s)%n"));
  }

  static void printSummary(EntityDiscovery.Report report, double seconds, PrintWriter out) {
    out.printf("Searched %,d documents (%,d sentences) for names in %.1f s: %,d found, %,d not resolved to any actor"
        + " ('dyad actors --unresolved' lists them)%n", report.documents(), report.sentences(), seconds, report.found(), report.kept());
  }
}
