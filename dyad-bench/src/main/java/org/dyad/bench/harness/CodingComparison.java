package org.dyad.bench.harness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.dyad.bench.baseline.BaselineProcess;
import org.dyad.bench.baseline.BaselineResult;
import org.dyad.bench.baseline.BaselineText;
import org.dyad.core.event.EventCoder;
import org.dyad.core.nlp.ActorResolver;
import org.dyad.core.nlp.SentenceParser;
import org.dyad.nlp.coding.DocumentCoder;

/**
 * Dyad's coding pipeline (raw text to coded events) against the preprocessing PETRARCH2 requires
 * (CoreNLP with NER and the shift-reduce constituency parser, {@link
 * org.dyad.bench.baseline.CoreNlpBaseline}), measured in one run on the same texts with the same
 * number of threads. Throughputs count the sentences Dyad's splitter finds, for both systems.
 *
 * <p>Order: the baseline JVM starts first and loads its models, then makes its untimed pass, while
 * Dyad loads the corpus, its dictionaries and models and makes its untimed passes (lapping the
 * corpus until the baseline is ready or the untimed budget is spent); loading and
 * warming overlap because none of it is timed, and the baseline's loading (NER and the
 * shift-reduce model, most of a minute on a busy machine) would otherwise dominate the run. Then
 * the timed passes, one system at a time: Dyad's while the baseline idles, then the baseline's while
 * Dyad idles, then Dyad's with the pre-filter off, if asked for.
 */
public final class CodingComparison {

  /** What Dyad needs to code: the texts, a parser per thread, the actor resolver and event coder. */
  public record Pipeline(List<AnnotationBenchmark.Text> corpus, Supplier<SentenceParser> parsers,
      ActorResolver resolver, EventCoder coder) {}

  /**
   * @param warmBudget the time each system's untimed pass may take; null for none
   * @param budget the time each timed pass may take; null for none
   * @param deadline how long the whole comparison should take: passes are shortened to fit
   *     ({@link PassBudgets}); null for no limit
   * @param everySentence whether to time Dyad with the pre-filter off as well
   */
  public record Options(int threads, Duration warmBudget, Duration budget, Duration deadline, boolean everySentence) {

    public Options {
      if (threads < 1) {
        throw new IllegalArgumentException("threads must be positive, got " + threads);
      }
    }
  }

  /**
   * The timed passes of both systems.
   *
   * @param everySentence Dyad with the pre-filter off, or null when not measured
   */
  public record Result(CodingBenchmark.Result pipeline, CodingBenchmark.Result everySentence,
      BaselineResult baseline) {

    /** Dyad's throughput over the baseline's, both in Dyad's sentences. */
    public double ratio() {
      return pipeline.sentencesPerSecond() / baseline.sentencesPerSecond();
    }

    /** Rates to 0.1 sentence/s, ratio and share to three decimals. */
    public Summary summary() {
      return new Summary(round(pipeline.sentencesPerSecond(), 10), round(baseline.sentencesPerSecond(), 10),
          round(ratio(), 1000), pipeline.sentences(), round(pipeline.skippedShare(), 1000));
    }

    private static double round(double value, double scale) {
      return Math.round(value * scale) / scale;
    }
  }

  /** The figures of {@code dyad bench --quick --json}; the component names are its keys. */
  public record Summary(double pipeline_sentences_per_s, double baseline_sentences_per_s, double ratio,
      long sentences, double prefilter_skipped) {}

  private CodingComparison() {}

  /**
   * @param dyad loads what Dyad needs; called once the baseline JVM has started loading
   * @param baselineClasspath the class path of the baseline JVM ({@link
   *     org.dyad.bench.baseline.BaselineClasspath})
   * @param progress receives one line per step
   */
  public static Result run(Callable<Pipeline> dyad, Options options, String baselineClasspath,
      Consumer<String> progress) throws Exception {
    int timedPasses = options.everySentence() ? 3 : 2;
    PassBudgets budgets = new PassBudgets(options.warmBudget(), options.budget(), options.deadline(), timedPasses,
        System.nanoTime());
    Path texts = Files.createTempFile("dyad-bench-coding-", ".jsonl");
    try (BaselineProcess baseline = BaselineProcess.start(baselineClasspath, options.threads(), texts)) {
      progress.accept("baseline: CoreNLP JVM started, loading its models; Dyad: loading its dictionaries and models");
      Pipeline pipeline = dyad.call();
      BaselineText.write(baselineTexts(pipeline.corpus(), pipeline.parsers().get()), texts);
      baseline.textsWritten(budgets.warm(), budgets.warmUntil(System.nanoTime(), Instant.now()));
      CodingBenchmark.Result filtered;
      try (CodingBenchmark coding = new CodingBenchmark(pipeline.corpus(),
          () -> new DocumentCoder(pipeline.parsers().get(), pipeline.resolver(), pipeline.coder()), options.threads())) {
        CompletableFuture<Double> ready = CompletableFuture.supplyAsync(() -> awaitReady(baseline));
        progress.accept("Dyad, pre-filter on: untimed passes until the baseline has loaded its models and warmed");
        coding.warm(budgets.warm(), () -> !ready.isDone());
        progress.accept("Dyad: waiting for the baseline to load its models and make its untimed pass");
        progress.accept(String.format("baseline: ready (models loaded in %.1f s); Dyad, pre-filter on: timed pass",
            loadSeconds(ready)));
        filtered = coding.timed(budgets.nextTimed(System.nanoTime()));
      }
      progress.accept("baseline: timed pass");
      BaselineResult reference = baseline.run(budgets.nextTimed(System.nanoTime()));
      CodingBenchmark.Result unfiltered = options.everySentence()
          ? everySentence(pipeline, options, budgets, progress) : null;
      return new Result(filtered, unfiltered, reference);
    } finally {
      Files.deleteIfExists(texts);
    }
  }

  /** Dyad with the pre-filter off; the baseline idles meanwhile. */
  private static CodingBenchmark.Result everySentence(Pipeline pipeline, Options options, PassBudgets budgets,
      Consumer<String> progress) throws Exception {
    try (CodingBenchmark coding = new CodingBenchmark(pipeline.corpus(),
        () -> DocumentCoder.parsingEverySentence(pipeline.parsers().get(), pipeline.resolver(), pipeline.coder()),
        options.threads())) {
      progress.accept("Dyad, pre-filter off: untimed pass");
      // The pre-filter-on passes have warmed the JIT already: one lap warms the new coders.
      coding.warm(budgets.warm(), () -> false);
      progress.accept("Dyad, pre-filter off: timed pass");
      return coding.timed(budgets.nextTimed(System.nanoTime()));
    }
  }

  private static double loadSeconds(CompletableFuture<Double> ready) throws IOException {
    try {
      return ready.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof UncheckedIOException failed) {
        throw failed.getCause();
      }
      throw e;
    }
  }

  private static double awaitReady(BaselineProcess baseline) {
    try {
      return baseline.awaitReady();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The texts with the number of sentences Dyad's splitter finds in each. */
  private static List<BaselineText> baselineTexts(List<AnnotationBenchmark.Text> corpus, SentenceParser parser) {
    List<BaselineText> texts = new ArrayList<>(corpus.size());
    for (AnnotationBenchmark.Text text : corpus) {
      texts.add(new BaselineText(text.id(), text.text(), parser.split(text.id(), text.text()).size()));
    }
    return texts;
  }
}
