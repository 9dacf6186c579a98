package org.dyad.bench.baseline;

/**
 * What the baseline's timed pass did, as its JVM reports it.
 *
 * @param texts texts annotated (fewer than given when the budget cut the pass)
 * @param sentences the sentences CoreNLP's own splitter found in them
 * @param dyadSentences the sentences Dyad's splitter finds in the same texts
 * @param loadSeconds model loading, before any text
 * @param cut whether the time budget stopped the pass early
 */
public record BaselineResult(String annotators, int threads, long texts, long sentences, long dyadSentences,
    double seconds, double loadSeconds, boolean cut) {

  /** Throughput in Dyad's sentences, comparable with Dyad's own. */
  public double sentencesPerSecond() {
    return dyadSentences / seconds;
  }

  /** Throughput in the sentences CoreNLP itself found. */
  public double ownSentencesPerSecond() {
    return sentences / seconds;
  }
}
