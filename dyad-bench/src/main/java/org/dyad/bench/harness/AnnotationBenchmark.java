package org.dyad.bench.harness;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.dyad.core.nlp.ActorResolver;
import org.dyad.core.nlp.Mention;
import org.dyad.core.nlp.Sentence;
import org.dyad.core.nlp.SentenceParser;
import org.dyad.nlp.coding.EventCandidates;

/**
 * Throughput of the annotate stage from raw text: sentence split, actor resolution (the
 * pre-filter) and dependency parse of the candidate sentences, on {@code threads} workers each
 * owning a parser, with the pre-filter on and off. With it off every sentence is parsed, the
 * baseline the pre-filter is measured against.
 *
 * <p>Both configurations share one JVM and one pool of warmed parsers: one untimed pass of each
 * loads and warms the models, then timed rounds alternate the two (on first in odd rounds, off first
 * in even ones), so that JIT compilation and the load of other processes on a shared machine weigh on
 * both alike. Each configuration reports the median of its rounds.
 */
public final class AnnotationBenchmark {

  /** One text to annotate, with the date its actors resolve on. */
  public record Text(String id, String text, LocalDate date) {}

  /**
   * What the timed rounds of one configuration did; every round covers the whole corpus, so the
   * counts are the same in each and only the times differ.
   *
   * @param seconds the wall time of each round, in the order run
   */
  public record Result(boolean prefilter, int threads, long documents, long sentences, long parsed, long mentions,
      double[] seconds, double[] cpuSeconds, long peakHeapBytes) {

    public Result {
      if (seconds.length == 0 || cpuSeconds.length != seconds.length) {
        throw new IllegalArgumentException("a result needs at least one timed round, with its CPU time");
      }
      seconds = seconds.clone();
      cpuSeconds = cpuSeconds.clone();
    }

    /** The median round's time. */
    public double medianSeconds() {
      double[] sorted = seconds.clone();
      Arrays.sort(sorted);
      int middle = sorted.length / 2;
      return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /** Sentences per second in the median round. */
    public double sentencesPerSecond() {
      return sentences / medianSeconds();
    }

    /**
     * Sentences per second the workers would reach on dedicated cores: the corpus over the median
     * round's CPU time per worker. Worker threads' CPU time only (not the collector's), so an
     * estimate, but one the other processes on a shared machine barely move.
     */
    public double sentencesPerCpuSecondPerWorker() {
      double[] sorted = cpuSeconds.clone();
      Arrays.sort(sorted);
      int middle = sorted.length / 2;
      double median = sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
      return sentences / (median / threads);
    }

    /** Sentences per second in the fastest and slowest rounds. */
    public double[] rangePerSecond() {
      double fastest = Arrays.stream(seconds).min().orElseThrow();
      double slowest = Arrays.stream(seconds).max().orElseThrow();
      return new double[] {sentences / slowest, sentences / fastest};
    }

    public double sparedShare() {
      return sentences == 0 ? 0 : 1.0 - (double) parsed / sentences;
    }
  }

  /** The two configurations measured in one run. */
  public record Comparison(Result prefilterOn, Result prefilterOff) {

    /** How many times faster the pipeline is with the pre-filter, median against median. */
    public double speedup() {
      return prefilterOn.sentencesPerSecond() / prefilterOff.sentencesPerSecond();
    }
  }

  private AnnotationBenchmark() {}

  /**
   * @param rounds timed passes per configuration, at least 1 (odd gives a true median)
   */
  public static Comparison run(List<Text> corpus, Supplier<SentenceParser> parsers, ActorResolver resolver,
      int threads, int rounds) throws Exception {
    if (rounds < 1) {
      throw new IllegalArgumentException("rounds must be at least 1: " + rounds);
    }
    ThreadLocal<SentenceParser> parser = ThreadLocal.withInitial(parsers);
    WorkerClock clock = new WorkerClock();
    ExecutorService workers = Executors.newFixedThreadPool(threads, clock);
    try {
      pass(corpus, parser, resolver, true, workers, clock);
      pass(corpus, parser, resolver, false, workers, clock);
      HeapPeaks.reset();
      Pass[][] timed = new Pass[2][rounds];
      for (int round = 0; round < rounds; round++) {
        boolean onFirst = round % 2 == 0;
        for (boolean prefilter : new boolean[] {onFirst, !onFirst}) {
          timed[prefilter ? 0 : 1][round] = pass(corpus, parser, resolver, prefilter, workers, clock);
        }
      }
      long peak = HeapPeaks.peak();
      return new Comparison(result(timed[0], true, threads, corpus.size(), peak),
          result(timed[1], false, threads, corpus.size(), peak));
    } finally {
      workers.shutdownNow();
    }
  }

  /** The counts of one pass over the corpus and its wall time. */
  private record Pass(long sentences, long parsed, long mentions, double seconds, double cpuSeconds) {}

  private static Result result(Pass[] rounds, boolean prefilter, int threads, int documents, long peak) {
    Pass first = rounds[0];
    double[] seconds = Arrays.stream(rounds).mapToDouble(Pass::seconds).toArray();
    double[] cpu = Arrays.stream(rounds).mapToDouble(Pass::cpuSeconds).toArray();
    return new Result(prefilter, threads, documents, first.sentences(), first.parsed(), first.mentions(), seconds, cpu,
        peak);
  }

  private static Pass pass(List<Text> corpus, ThreadLocal<SentenceParser> parser, ActorResolver resolver,
      boolean prefilter, ExecutorService workers, WorkerClock clock) throws Exception {
    AtomicLong sentenceCount = new AtomicLong();
    AtomicLong parsed = new AtomicLong();
    AtomicLong mentionCount = new AtomicLong();
    long start = System.nanoTime();
    long cpuStart = clock.cpuNanos();
    List<Future<?>> futures = new ArrayList<>();
    for (Text text : corpus) {
      futures.add(workers.submit(() -> {
        SentenceParser own = parser.get();
        List<Sentence> sentences = own.split(text.id(), text.text());
        List<Mention> mentions = resolver.resolve(sentences, text.date());
        Set<Integer> candidates = EventCandidates.sentences(mentions);
        for (Sentence sentence : sentences) {
          if (!prefilter || candidates.contains(sentence.index())) {
            own.parse(sentence);
            parsed.incrementAndGet();
          }
        }
        sentenceCount.addAndGet(sentences.size());
        mentionCount.addAndGet(mentions.size());
      }));
    }
    for (Future<?> future : futures) {
      future.get();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    return new Pass(sentenceCount.get(), parsed.get(), mentionCount.get(), seconds, (clock.cpuNanos() - cpuStart) / 1e9);
  }

  /** Makes the pool's threads and sums the CPU time they have used. */
  private static final class WorkerClock implements ThreadFactory {
    private final List<Thread> threads = new CopyOnWriteArrayList<>();
    private final ThreadMXBean bean = ManagementFactory.getThreadMXBean();

    @Override
    public Thread newThread(Runnable task) {
      Thread thread = new Thread(task, "annotate-bench-" + threads.size());
      thread.setDaemon(true);
      threads.add(thread);
      return thread;
    }

    long cpuNanos() {
      long total = 0;
      for (Thread thread : threads) {
        total += Math.max(0, bean.getThreadCpuTime(thread.threadId()));
      }
      return total;
    }
  }
}
