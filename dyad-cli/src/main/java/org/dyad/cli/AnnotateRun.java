package org.dyad.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import org.dyad.core.store.AnnotationStore;
import org.dyad.nlp.annotate.AnnotationReport;
import org.dyad.nlp.annotate.AnnotationStage;
import org.dyad.nlp.conllu.ConlluWriter;
import org.dyad.nlp.parse.CoreNlpSentenceParser;
import org.dyad.nlp.resolve.OfficeLookup;
import org.dyad.nlp.resolve.WorkspaceResolver;
import org.dyad.store.Workspace;

/**
 * Runs the annotate and resolve stages after ingest: every indexed document not yet annotated is
 * split, its actors resolved, and the sentences naming one parsed. Shared by ingest and demo.
 */
final class AnnotateRun {

  /** Stored with each annotated document, so a later Dyad can tell which parses are stale. */
  static final String PARSER = "corenlp-4.5.10 tokenize,ssplit,pos,lemma,depparse-ud2";

  private AnnotateRun() {}

  static AnnotationReport run(Workspace workspace, int threads, PrintStream err) throws IOException {
    AnnotationStore annotations = workspace.annotations();
    AnnotationStage stage = new AnnotationStage(workspace.catalogue(), annotations, CoreNlpSentenceParser::new,
        WorkspaceResolver.of(annotations, OfficeLookup.defaults()), ConlluWriter::write, PARSER,
        threads);
    long start = System.nanoTime();
    long[] lastReport = {start};
    return stage.run(done -> {
      long now = System.nanoTime();
      if (now - lastReport[0] > 2_000_000_000L) {
        err.printf("Annotated %,d documents (%.0f s)%n", done, (now - start) / 1e9);
        lastReport[0] = now;
      }
    });
  }

  static void printSummary(AnnotationReport report, double seconds, PrintWriter out) {
    out.printf("Annotated %,d documents in %.1f s: %,d sentences, %,d parsed (%.0f%% spared by the pre-filter), %,d actor mentions%n",
        report.documents(), seconds, report.sentences(), report.parsed(), 100 * report.sparedShare(), report.mentions());
    if (report.failed() > 0) {
      out.printf("%,d documents could not be annotated ('dyad status --failures' lists them)%n", report.failed());
    }
  }
}
