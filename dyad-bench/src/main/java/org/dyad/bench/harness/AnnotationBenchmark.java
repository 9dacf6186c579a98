package org.dyad.bench.harness;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
 * owning a parser. With the pre-filter off every sentence is parsed, the baseline the pre-filter
 * is measured against. Warm: a first pass over the corpus loads and warms the models untimed.
 */
public final class AnnotationBenchmark {

  /** One text to annotate, with the date its actors resolve on. */
  public record Text(String id, String text, LocalDate date) {}

  /** What a timed pass did. */
  public record Result(boolean prefilter, int threads, long documents, long sentences, long parsed, long mentions,
      double seconds, long peakHeapBytes) {

    public double sentencesPerSecond() {
      return sentences / seconds;
    }

    public double sparedShare() {
      return sentences == 0 ? 0 : 1.0 - (double) parsed / sentences;
    }
  }

  private AnnotationBenchmark() {}

  public static Result run(List<Text> corpus, Supplier<SentenceParser> parsers, ActorResolver resolver,
      boolean prefilter, int threads) throws Exception {
    ThreadLocal<SentenceParser> parser = ThreadLocal.withInitial(parsers);
    ExecutorService workers = Executors.newFixedThreadPool(threads);
    try {
      pass(corpus, parser, resolver, prefilter, workers, new AtomicLong[] {new AtomicLong(), new AtomicLong(), new AtomicLong()});
      HeapPeaks.reset();
      AtomicLong[] counts = {new AtomicLong(), new AtomicLong(), new AtomicLong()};
      long start = System.nanoTime();
      pass(corpus, parser, resolver, prefilter, workers, counts);
      double seconds = (System.nanoTime() - start) / 1e9;
      return new Result(prefilter, threads, corpus.size(), counts[0].get(), counts[1].get(), counts[2].get(), seconds,
          HeapPeaks.peak());
    } finally {
      workers.shutdownNow();
    }
  }

  private static void pass(List<Text> corpus, ThreadLocal<SentenceParser> parser, ActorResolver resolver,
      boolean prefilter, ExecutorService workers, AtomicLong[] counts) throws Exception {
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
            counts[1].incrementAndGet();
          }
        }
        counts[0].addAndGet(sentences.size());
        counts[2].addAndGet(mentions.size());
      }));
    }
    for (Future<?> future : futures) {
      future.get();
    }
  }
}
