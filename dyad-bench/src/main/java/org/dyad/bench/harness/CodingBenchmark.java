package org.dyad.bench.harness;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.dyad.nlp.coding.DocumentCoder;

/**
 * Throughput of Dyad's coding pipeline from raw text to coded events, as {@code dyad code} runs it:
 * a {@link DocumentCoder} per worker thread splits each text, resolves its actors, parses the
 * sentences the pre-filter keeps (or all of them, for a coder built with {@link
 * DocumentCoder#parsingEverySentence}) and codes them. The workers and their coders live as long
 * as the benchmark, so untimed passes ({@link #warm}) load and warm them for the timed ones.
 *
 * <p>A pass with a time budget laps the corpus until the budget is spent, so a small corpus still
 * gives a warm measurement of the whole budget rather than of its first few seconds; without a budget
 * a pass is one lap.
 */
public final class CodingBenchmark implements AutoCloseable {

  /**
   * What a timed pass did.
   *
   * @param texts texts coded (more than the corpus when the pass lapped it, fewer when the budget cut
   *     the first lap)
   * @param sentences the sentences Dyad's splitter found in them
   * @param parsed the sentences parsed and coded
   * @param peakHeapBytes this JVM's peak heap from the end of the untimed pass on
   * @param cut whether the time budget stopped the pass before it finished one lap
   */
  public record Result(int threads, long texts, long sentences, long parsed, long events, double seconds,
      long peakHeapBytes, boolean cut) {

    public double sentencesPerSecond() {
      return sentences / seconds;
    }

    /** The share of sentences the pre-filter kept from the parser. */
    public double skippedShare() {
      return sentences == 0 ? 0 : 1.0 - (double) parsed / sentences;
    }
  }

  private final List<AnnotationBenchmark.Text> corpus;
  private final ThreadLocal<DocumentCoder> coder;
  private final int threads;
  private final ExecutorService workers;

  /** @param coders builds one coder per worker thread, on that thread */
  public CodingBenchmark(List<AnnotationBenchmark.Text> corpus, Supplier<DocumentCoder> coders, int threads) {
    this.corpus = List.copyOf(corpus);
    this.coder = ThreadLocal.withInitial(coders);
    this.threads = threads;
    this.workers = Executors.newFixedThreadPool(threads);
  }

  /** Laps a budgeted pass may make at most; the budget ends it long before. */
  static final int MAX_LAPS = 10_000;

  /**
   * Untimed passes, then a fresh start for the peak heap: at least one lap, and more while {@code
   * keepWarming} says so and the budget lasts.
   *
   * @param budget when to stop taking texts; null for one lap
   */
  public void warm(Duration budget, BooleanSupplier keepWarming) throws Exception {
    long deadline = budget == null ? Long.MAX_VALUE : System.nanoTime() + budget.toNanos();
    do {
      pass(budget == null ? null : Duration.ofNanos(Math.max(0, deadline - System.nanoTime())), 1, counters());
    } while (budget != null && keepWarming.getAsBoolean() && System.nanoTime() < deadline);
    HeapPeaks.reset();
  }

  /**
   * A timed pass from the first text.
   *
   * @param budget how long to lap the corpus; null for one lap
   */
  public Result timed(Duration budget) throws Exception {
    AtomicLong[] counts = counters();
    BoundedPass.Outcome timed = pass(budget, budget == null ? 1 : MAX_LAPS, counts);
    return new Result(threads, timed.done(), counts[0].get(), counts[1].get(), counts[2].get(), timed.seconds(),
        HeapPeaks.peak(), timed.done() < corpus.size());
  }

  private static AtomicLong[] counters() {
    return new AtomicLong[] {new AtomicLong(), new AtomicLong(), new AtomicLong()};
  }

  private BoundedPass.Outcome pass(Duration budget, int laps, AtomicLong[] counts) throws Exception {
    return BoundedPass.run(workers, threads, corpus.size() * laps, budget, index -> {
      AnnotationBenchmark.Text text = corpus.get(index % corpus.size());
      DocumentCoder.Result result = coder.get().code(text.id(), text.date(), text.text());
      counts[0].addAndGet(result.sentences());
      counts[1].addAndGet(result.parsed());
      counts[2].addAndGet(result.events().size());
    });
  }

  @Override
  public void close() {
    workers.shutdownNow();
  }
}
