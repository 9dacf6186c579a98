package org.dyad.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.dyad.bench.baseline.BaselineClasspath;
import org.dyad.bench.baseline.BaselineResult;
import org.dyad.bench.harness.AnnotationBenchmark;
import org.dyad.bench.harness.AnnotationCorpus;
import org.dyad.bench.harness.CodingBenchmark;
import org.dyad.bench.harness.CodingComparison;
import org.dyad.core.json.DyadJson;
import org.dyad.nlp.coding.CodingSetup;
import org.dyad.nlp.parse.CoreNlpSentenceParser;

/**
 * {@code dyad bench --coding} and {@code --quick}: Dyad's coding pipeline, with the default
 * dictionaries and coder of {@code dyad code} (the setup EVALUATION.md measures), against the
 * CoreNLP preprocessing PETRARCH2 requires, on the annotate benchmark's corpus.
 */
final class CodingBenchRun {

  /**
   * The CI-sized run: an evenly spaced, shuffled sample of the corpus; untimed and timed passes,
   * each capped in time; and a deadline that shortens the passes when the baseline's models load
   * slowly, so that the command ends within two minutes even on a busy machine.
   */
  static final int QUICK_TEXTS = 100;
  static final int QUICK_WARM_SECONDS = 25;
  static final int QUICK_BUDGET_SECONDS = 10;
  static final int QUICK_DEADLINE_SECONDS = 105;
  private static final long QUICK_SEED = 42;

  /** The full run: untimed passes until the baseline is ready (at most a minute), timed ones of 30 s. */
  static final int FULL_WARM_SECONDS = 60;
  static final int FULL_BUDGET_SECONDS = 30;

  private CodingBenchRun() {}

  static CodingComparison.Result run(Path eventCoding, boolean quick, int threads, PrintWriter err) throws Exception {
    String classpath = BaselineClasspath.of(System.getProperty("java.class.path"),
        BaselineClasspath.modelsJar(DyadHome.path(), BaselineClasspath.defaultMavenRepository()));
    CodingComparison.Options options = quick
        ? new CodingComparison.Options(threads, Duration.ofSeconds(QUICK_WARM_SECONDS),
            Duration.ofSeconds(QUICK_BUDGET_SECONDS), Duration.ofSeconds(QUICK_DEADLINE_SECONDS), false)
        : new CodingComparison.Options(threads, Duration.ofSeconds(FULL_WARM_SECONDS),
            Duration.ofSeconds(FULL_BUDGET_SECONDS), null, true);
    return CodingComparison.run(() -> pipeline(eventCoding, quick, threads, err), options, classpath,
        line -> err.printf("bench [%.0f s]: %s%n", uptimeSeconds(), line));
  }

  /** Dyad as {@code dyad code} runs it, with its own dictionaries, on the annotate benchmark's corpus. */
  private static CodingComparison.Pipeline pipeline(Path eventCoding, boolean quick, int threads, PrintWriter err)
      throws Exception {
    List<AnnotationBenchmark.Text> corpus = AnnotationCorpus.load(SampleCorpus.documents(), eventCoding);
    if (quick) {
      corpus = AnnotationCorpus.sample(corpus, QUICK_TEXTS, QUICK_SEED);
    }
    CodingSetup setup = CodingSetup.load(null, null);
    err.printf("bench [%.0f s]: %,d texts, %d threads for each system%s%n", uptimeSeconds(), corpus.size(), threads,
        quick ? "; untimed passes at most " + QUICK_WARM_SECONDS + " s, timed ones " + QUICK_BUDGET_SECONDS
            + " s, all shortened to end within " + QUICK_DEADLINE_SECONDS + " s" : "");
    return new CodingComparison.Pipeline(corpus, CoreNlpSentenceParser::new, setup.resolver(), setup.coder());
  }

  private static double uptimeSeconds() {
    return ManagementFactory.getRuntimeMXBean().getUptime() / 1e3;
  }

  static void printJson(CodingComparison.Result comparison, PrintWriter out) {
    out.println(DyadJson.write(comparison.summary()));
  }

  static void printReport(CodingComparison.Result comparison, PrintWriter out) {
    CodingBenchmark.Result on = comparison.pipeline();
    BaselineResult baseline = comparison.baseline();
    out.printf("coding, raw text to events (%d threads for each system; sentences as Dyad's splitter finds them):%n",
        on.threads());
    printDyad("pre-filter on: ", on, out);
    if (comparison.everySentence() != null) {
      printDyad("pre-filter off:", comparison.everySentence(), out);
    }
    out.printf("  CoreNLP %s baseline: %,d texts, %,d sentences (CoreNLP's splitter: %,d) in %.1f s: %.1f sentences/s"
            + " (%.1f by its own count)%s%n",
        BaselineClasspath.CORENLP_VERSION, baseline.texts(), baseline.dyadSentences(), baseline.sentences(),
        baseline.seconds(), baseline.sentencesPerSecond(), baseline.ownSentencesPerSecond(), cut(baseline.cut()));
    out.printf("    %s; own JVM, %d threads sharing one pipeline; models loaded in %.1f s%n", baseline.annotators(),
        baseline.threads(), baseline.loadSeconds());
    out.printf("  Dyad/baseline: %.2f× with the pre-filter", comparison.ratio());
    if (comparison.everySentence() != null) {
      out.printf(", %.2f× without", comparison.everySentence().sentencesPerSecond() / baseline.sentencesPerSecond());
    }
    out.println();
  }

  private static void printDyad(String label, CodingBenchmark.Result result, PrintWriter out) {
    out.printf("  Dyad, %s %,d texts, %,d sentences, %,d parsed and coded (%.0f%% skipped), %,d events in %.1f s:"
            + " %.1f sentences/s%s; peak heap %,.0f MB%n",
        label, result.texts(), result.sentences(), result.parsed(), 100 * result.skippedShare(), result.events(),
        result.seconds(), result.sentencesPerSecond(), cut(result.cut()), result.peakHeapBytes() / 1e6);
  }

  private static String cut(boolean cut) {
    return cut ? " [a pass was cut by its time budget]" : "";
  }
}
