package org.dyad.bench.harness;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.dyad.core.nlp.ParsedSentence;
import org.dyad.core.nlp.Sentence;
import org.dyad.core.nlp.SentenceParser;
import org.dyad.nlp.coding.DocumentCoder;
import org.junit.jupiter.api.Test;

class CodingBenchmarkTest {

  private static final List<AnnotationBenchmark.Text> CORPUS = List.of(
      new AnnotationBenchmark.Text("a", "one", null),
      new AnnotationBenchmark.Text("b", "two", null),
      new AnnotationBenchmark.Text("c", "three", null));

  /** One sentence a text, a millisecond each; counts the texts it splits. */
  private static final class OneSentence implements SentenceParser {
    final AtomicInteger splits;

    OneSentence(AtomicInteger splits) {
      this.splits = splits;
    }

    @Override
    public List<Sentence> split(String doc, String text) {
      splits.incrementAndGet();
      try {
        Thread.sleep(1);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return List.of(new Sentence(doc, 0, 0, text.length(), text));
    }

    @Override
    public ParsedSentence parse(Sentence sentence) {
      return new ParsedSentence(sentence, List.of());
    }
  }

  private static CodingBenchmark benchmark(AtomicInteger splits) {
    return new CodingBenchmark(CORPUS,
        () -> new DocumentCoder(new OneSentence(splits), (sentences, date) -> List.of(), (s, m, d) -> List.of()), 2);
  }

  @Test
  void withoutABudgetAPassIsOneLapOfTheCorpus() throws Exception {
    AtomicInteger splits = new AtomicInteger();
    try (CodingBenchmark coding = benchmark(splits)) {
      coding.warm(null, () -> true);
      assertThat(splits.get()).isEqualTo(3);

      CodingBenchmark.Result result = coding.timed(null);

      assertThat(result.texts()).isEqualTo(3);
      assertThat(result.sentences()).isEqualTo(3);
      assertThat(result.cut()).isFalse();
    }
  }

  @Test
  void aBudgetedPassLapsTheCorpusUntilTheBudgetIsSpent() throws Exception {
    AtomicInteger splits = new AtomicInteger();
    try (CodingBenchmark coding = benchmark(splits)) {
      CodingBenchmark.Result result = coding.timed(Duration.ofMillis(200));

      assertThat(result.texts()).isGreaterThan(3);
      assertThat(result.sentences()).isEqualTo(result.texts());
      assertThat(result.seconds()).isGreaterThanOrEqualTo(0.2);
      assertThat(result.cut()).isFalse();
    }
  }

  @Test
  void warmingLapsOnlyWhileAskedTo() throws Exception {
    AtomicInteger splits = new AtomicInteger();
    try (CodingBenchmark coding = benchmark(splits)) {
      coding.warm(Duration.ofSeconds(30), () -> false);
      assertThat(splits.get()).isEqualTo(3);

      AtomicInteger asked = new AtomicInteger();
      coding.warm(Duration.ofSeconds(30), () -> asked.incrementAndGet() < 4);
      assertThat(splits.get()).isEqualTo(3 + 4 * 3);
    }
  }
}
