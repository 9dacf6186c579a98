package org.dyad.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.dyad.bench.harness.AnnotationBenchmark;
import org.dyad.bench.harness.AnnotationCorpus;
import org.dyad.bench.harness.CodingComparison;
import org.dyad.bench.harness.IngestBenchmark;
import org.dyad.bench.harness.SearchBenchmark;
import org.dyad.bench.synthetic.SyntheticCorpus;
import org.dyad.core.store.TextIndex;
import org.dyad.ingest.IngestOptions;
import org.dyad.ingest.IngestReport;
import org.dyad.nlp.parse.CoreNlpSentenceParser;
import org.dyad.nlp.resolve.ActorDictionaries;
import org.dyad.nlp.resolve.DictionaryActorResolver;
import org.dyad.nlp.resolve.OfficeLookup;
import org.dyad.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code dyad bench}: the end-to-end benchmarks. Steps run in order: generate a synthetic corpus,
 * ingest a corpus into a fresh workspace, measure search latency on the workspace, time the
 * annotate stage, compare Dyad's coding pipeline with the CoreNLP baseline.
 */
@Command(name = "bench", description = "Benchmarks: generate a synthetic corpus, time ingest+index, time searches,"
    + " time annotation, compare coding with the CoreNLP baseline.")
final class BenchCommand implements Callable<Integer> {

  @ParentCommand DyadCli dyad;
  @Spec CommandSpec spec;

  @Option(names = "--generate", arity = "2", paramLabel = "N DIR",
      description = "Write N synthetic plain-text documents of 2-50 KB into DIR.")
  List<String> generate;

  @Option(names = "--ingest", paramLabel = "DIR", description = "Time ingest+index of DIR into a fresh workspace (--workspace).")
  Path ingest;

  @Option(names = "--search", description = "Time searches on the workspace.")
  boolean search;

  @Option(names = "--queries", defaultValue = "1000", description = "Timed searches (default 1000, after 200 warm-up).")
  int queries;

  @Option(names = "--annotate", description = "Time split + actor resolution + parse on the sample corpus and the"
      + " PETR2/PLOVER sentence texts (needs the shared data: $DYAD_SHARED_DATA or ../shared/data), pre-filter on and off.")
  boolean annotate;

  @Option(names = "--coding", description = "Time Dyad's coding pipeline (raw text to events, default dictionaries;"
      + " pre-filter on and off) against the CoreNLP 4.5.10 baseline PETRARCH2 requires (tokenize,ssplit,pos,lemma,ner,"
      + "parse with the shift-reduce model, in its own JVM), on the --annotate corpus.")
  boolean coding;

  @Option(names = "--quick", description = "--coding on a CI-sized subset (" + CodingBenchRun.QUICK_TEXTS + " texts,"
      + " untimed passes at most " + CodingBenchRun.QUICK_WARM_SECONDS + " s, timed ones "
      + CodingBenchRun.QUICK_BUDGET_SECONDS + " s, pre-filter on only), shortened to end within two minutes.")
  boolean quick;

  @Option(names = "--json", description = "With --coding or --quick alone: print one JSON object {pipeline_sentences_per_s,"
      + " baseline_sentences_per_s, ratio, sentences, prefilter_skipped}; progress goes to stderr.")
  boolean json;

  @Option(names = "--rounds", defaultValue = "5", paramLabel = "N",
      description = "--annotate: timed rounds per configuration, alternating pre-filter on and off (default 5; the median is reported).")
  int rounds;

  @Option(names = "--threads", paramLabel = "N",
      description = "Workers for --annotate and for each system of --coding (default: the number of cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--sanctions", arity = "2", paramLabel = "LIST QUERY_LIST",
      description = "Time sanctions matching against LIST (blocked, and scoring every name as the baseline) with the"
          + " evaluation's queries drawn from QUERY_LIST (a list with aliases), then xref of --mentions names in a fresh"
          + " workspace (--workspace).")
  List<Path> sanctions;

  @Option(names = "--mentions", defaultValue = "100000", description = "Names in the --sanctions xref workspace (default 100000).")
  int mentions;

  @Option(names = "--relate", paramLabel = "EVENTS", description = "Time relate (one dyad by year) and network (one year)"
      + " on EVENTS synthetic coded events among 5,000 actors, generated into --workspace when it does not exist yet,"
      + " against loading the events into Java.")
  Long relateEvents;

  @Option(names = "--seed", defaultValue = "42", description = "Seed of the synthetic corpus.")
  long seed;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    boolean compare = coding || quick;
    boolean others = generate != null || ingest != null || search || annotate || sanctions != null || relateEvents != null;
    if (json && (!compare || others)) {
      throw new ParameterException(spec.commandLine(), "--json goes with --coding or --quick alone");
    }
    if (!others && !compare) {
      throw new IllegalArgumentException(
          "say what to run: --generate N DIR, --ingest DIR, --search, --annotate, --sanctions LIST QUERY_LIST, --relate EVENTS, --coding and/or --quick");
    }
    if (annotate && (rounds < 1 || rounds > 100)) {
      throw new ParameterException(spec.commandLine(), "--rounds must be between 1 and 100, got " + rounds);
    }
    if ((annotate || compare) && (threads < 1 || threads > 256)) {
      throw new ParameterException(spec.commandLine(), "--threads must be between 1 and 256, got " + threads);
    }
    (json ? spec.commandLine().getErr() : out).printf("machine: %d cores, %.1f GB max heap, Java %s, %s; date %s%n",
        Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() / 1e9,
        Runtime.version(), System.getProperty("os.name") + " " + System.getProperty("os.arch"), LocalDate.now());
    if (generate != null) {
      int count = parseCount(generate.get(0));
      Path dir = Path.of(generate.get(1));
      long started = System.nanoTime();
      long bytes = SyntheticCorpus.generate(count, dir, seed);
      out.printf("generated %,d documents (%.1f MB) in %s in %.1f s%n", count, bytes / 1e6, dir,
          (System.nanoTime() - started) / 1e9);
    }
    if (ingest != null) {
      Path workspace = dyad.workspace();
      if (Workspace.exists(workspace)) {
        throw new IllegalArgumentException("the ingest benchmark needs a fresh workspace; " + workspace + " exists");
      }
      IngestReport report;
      try (ProgressReporter progress = new ProgressReporter(System.err)) {
        report = IngestBenchmark.run(ingest, workspace, IngestOptions.defaults(), progress);
      }
      out.printf("ingest+index: %,d documents, %.1f MB in %.1f s: %.1f docs/s, %.2f MB/s (%,d failed)%n",
          report.ingested(), report.bytes() / 1e6, report.elapsed().toMillis() / 1000.0, report.filesPerSecond(),
          report.megabytesPerSecond(), report.failed());
    }
    if (search) {
      try (TextIndex index = Workspace.openIndexForReading(dyad.workspace())) {
        SearchBenchmark.Latency latency = SearchBenchmark.run(index, queries, 200);
        out.printf("search over %,d documents: %d queries, median %.2f ms, p95 %.2f ms, p99 %.2f ms, mean %.2f ms%n",
            index.size(), latency.queries(), latency.medianMs(), latency.p95Ms(), latency.p99Ms(), latency.meanMs());
        for (String line : SearchBenchmark.perQuery(index, 50)) {
          out.println("  " + line);
        }
      }
    }
    if (annotate) {
      benchAnnotation(out);
    }
    if (sanctions != null) {
      SanctionsBenchRun.run(sanctions.get(0), sanctions.get(1), dyad.workspace(), mentions, threads, seed, out);
    }
    if (relateEvents != null) {
      RelationBenchRun.run(dyad.workspace(), relateEvents, out);
    }
    if (compare) {
      CodingComparison.Result comparison = CodingBenchRun.run(eventCodingData(), quick, threads, spec.commandLine().getErr());
      if (json) {
        CodingBenchRun.printJson(comparison, out);
      } else {
        CodingBenchRun.printReport(comparison, out);
      }
    }
    return 0;
  }

  /** The shared validation data the annotate and coding corpora take their texts from. */
  private static Path eventCodingData() {
    String shared = System.getenv("DYAD_SHARED_DATA");
    Path eventCoding = (shared != null ? Path.of(shared) : Path.of("..", "shared", "data")).resolve("eventcoding");
    if (!Files.isRegularFile(eventCoding.resolve("PLOVER_GSR_CAMEO.txt"))) {
      throw new IllegalArgumentException("no validation texts in " + eventCoding + ": set DYAD_SHARED_DATA");
    }
    return eventCoding;
  }

  private void benchAnnotation(PrintWriter out) throws Exception {
    List<AnnotationBenchmark.Text> corpus = AnnotationCorpus.load(SampleCorpus.documents(), eventCodingData());
    DictionaryActorResolver resolver = new DictionaryActorResolver(ActorDictionaries.defaults(), OfficeLookup.defaults());
    AnnotationBenchmark.Comparison comparison =
        AnnotationBenchmark.run(corpus, CoreNlpSentenceParser::new, resolver, threads, rounds);
    for (AnnotationBenchmark.Result result : List.of(comparison.prefilterOn(), comparison.prefilterOff())) {
      double[] range = result.rangePerSecond();
      out.printf("annotate (pre-filter %s, %d threads): %,d texts, %,d sentences, %,d parsed (%.0f%% spared), %,d mentions;"
              + " median of %d rounds %.2f s: %.0f sentences/s (rounds %.0f-%.0f; by workers' CPU time %.0f/s)%n",
          result.prefilter() ? "on" : "off", threads, result.documents(), result.sentences(), result.parsed(),
          100 * result.sparedShare(), result.mentions(), result.seconds().length, result.medianSeconds(),
          result.sentencesPerSecond(), range[0], range[1], result.sentencesPerCpuSecondPerWorker());
    }
    out.printf("annotate: pre-filter on/off %.2fx (medians); peak heap %.0f MB%n", comparison.speedup(),
        comparison.prefilterOn().peakHeapBytes() / 1e6);
  }

  private static int parseCount(String value) {
    try {
      int count = Integer.parseInt(value.replace("_", "").replace(",", ""));
      if (count < 1) {
        throw new NumberFormatException();
      }
      return count;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--generate wants a positive number of documents, then a folder: " + value);
    }
  }
}
