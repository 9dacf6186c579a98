package org.dyad.bench.jmh;

import java.io.IOException;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.dyad.bench.synthetic.SyntheticCorpus;
import org.dyad.index.DyadAnalyzer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The search analyzer's share of ingest: tokens per second through Dyad's analysis chain
 * ({@link DyadAnalyzer}: apostrophe mapping, Unicode tokenizer, folding, transliteration keys,
 * stemming) against Lucene's {@link StandardAnalyzer} on the same synthetic news reports, in the same
 * run, so the ratio says what Dyad's spelling rules cost. One thread. Run: {@code java
 * --add-modules jdk.incubator.vector -cp "dyad-cli/target/lib/*" org.openjdk.jmh.Main AnalyzerBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AnalyzerBenchmark {

  private static final int DOCUMENTS = 64;

  @Param({"standard", "dyad"})
  public String analyzer;

  private Analyzer chain;
  private String[] texts;
  private int next;

  @Setup
  public void setUp() {
    chain = "dyad".equals(analyzer) ? new DyadAnalyzer() : new StandardAnalyzer();
    texts = new String[DOCUMENTS];
    for (int i = 0; i < DOCUMENTS; i++) {
      texts[i] = SyntheticCorpus.document(new SplittableRandom(42L * 1_000_003L + i), i);
    }
  }

  /** Analyzes one whole report; the score is reports per second (about 26 KB each). */
  @Benchmark
  public long analyzeReport() throws IOException {
    String text = texts[next];
    next = (next + 1) % DOCUMENTS;
    long characters = 0;
    try (TokenStream tokens = chain.tokenStream("text", text)) {
      CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
      tokens.reset();
      while (tokens.incrementToken()) {
        characters += term.length();
      }
      tokens.end();
    }
    return characters;
  }
}
