package org.dyad.bench.harness;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.dyad.nlp.coding.DocumentCoder;

/**
 * Throughput of Dyad's coding pipeline from raw text to coded events, as {@code dyad code} runs it:
 * a {@link DocumentCoder} per worker thread splits each text, resolves its actors, parses the
 * sentences the pre-filter keeps (or all of them, for a coder built with {@link
 * DocumentCoder#parsingEverySentence}) and codes them. The workers and their coders live as long
 * as the benchmark, so an untimed pass ({@link #warm}) loads and warms them for the timed ones.
 */
public final class CodingBenchmark implements AutoCloseable {

  /**
   * What a timed pass did.
   *
   * @param texts texts coded (fewer than the corpus when the budget cut the pass)
   * @param sentences the sentences Dyad's splitter found in them
   * @param parsed the sentences parsed and coded
   * @param peakHeapBytes this JVM's peak heap from the end of the untimed pass on
   * @param cut whether the time budget stopped the pass early
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

  /**
   * The untimed pass, then a fresh start for the peak heap.
   *
   * @param budget when to stop taking texts; null for none
   */
  public void warm(Duration budget) throws Exception {
    pass(budget, new AtomicLong[] {new AtomicLong(), new AtomicLong(), new AtomicLong()});
    HeapPeaks.reset();
  }

  /**
   * A timed pass from the first text.
   *
   * @param budget when to stop taking texts; null for none
   */
  public Result timed(Duration budget) throws Exception {
    AtomicLong[] counts = {new AtomicLong(), new AtomicLong(), new AtomicLong()};
    BoundedPass.Outcome timed = pass(budget, counts);
    return new Result(threads, timed.done(), counts[0].get(), counts[1].get(), counts[2].get(), timed.seconds(),
        HeapPeaks.peak(), timed.cut());
  }

  private BoundedPass.Outcome pass(Duration budget, AtomicLong[] counts) throws Exception {
    return BoundedPass.run(workers, threads, corpus.size(), budget, index -> {
      AnnotationBenchmark.Text text = corpus.get(index);
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
