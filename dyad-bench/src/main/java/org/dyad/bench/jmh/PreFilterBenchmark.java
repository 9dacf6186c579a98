package org.dyad.bench.jmh;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.dyad.nlp.dictionary.ActorDictionary;
import org.dyad.nlp.dictionary.ActorEntry;
import org.dyad.nlp.dictionary.PetrarchActorReader;
import org.dyad.nlp.match.NameTokenizer;
import org.dyad.nlp.match.PhraseTrie;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The actor pre-filter's speed: tokenize a news sentence and find every dictionary phrase in it
 * (Dyad's default dictionaries, about 8,000 phrases), the work done on every sentence before any
 * parsing. Reported as sentences per second on one thread. Run:
 * {@code java -cp "dyad-cli/target/lib/*" org.openjdk.jmh.Main PreFilterBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PreFilterBenchmark {

  private static final List<String> FILLER = List.of(
      "officials", "said", "on", "Monday", "that", "the", "talks", "with", "envoys", "from", "had", "been",
      "useful", "and", "a", "statement", "was", "issued", "after", "the", "meeting", "in", "border", "region");
  private static final List<String> NAMES = List.of(
      "Iran", "al-Qa'ida", "the United States", "Pakistan's", "Tehran", "Hizballah", "Kabul", "the Taliban",
      "Saudi Arabia", "Usama bin Ladin", "the U.N.", "Iraqi");

  private PhraseTrie<ActorEntry> trie;
  private List<String> sentences;
  private int next;

  @Setup
  public void setUp() throws IOException {
    trie = new PhraseTrie<>();
    for (String file : List.of("countries.actors.txt", "igos.actors.txt", "groups.actors.txt", "leaders.actors.txt")) {
      try (var in = new InputStreamReader(
          PhraseTrie.class.getResourceAsStream("/org/dyad/nlp/dictionaries/" + file), StandardCharsets.UTF_8)) {
        ActorDictionary dictionary = new PetrarchActorReader().read(in, file).dictionary();
        for (ActorEntry entry : dictionary.entries()) {
          for (String phrase : entry.phrases()) {
            trie.add(phrase, entry);
          }
        }
      }
    }
    SplittableRandom random = new SplittableRandom(1);
    sentences = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      StringBuilder sentence = new StringBuilder();
      for (int w = 0; w < 24; w++) {
        List<String> pool = random.nextInt(8) == 0 ? NAMES : FILLER;
        sentence.append(pool.get(random.nextInt(pool.size()))).append(' ');
      }
      sentences.add(sentence.append('.').toString());
    }
  }

  @Benchmark
  public int tokenizeAndMatch() {
    String sentence = sentences.get(next);
    next = (next + 1) % sentences.size();
    return trie.find(NameTokenizer.tokens(sentence)).size();
  }

  /** The baseline in the same run: tokenizing alone, so the dictionary lookup's share shows. */
  @Benchmark
  public int tokenizeOnly() {
    String sentence = sentences.get(next);
    next = (next + 1) % sentences.size();
    return NameTokenizer.tokens(sentence).size();
  }
}
