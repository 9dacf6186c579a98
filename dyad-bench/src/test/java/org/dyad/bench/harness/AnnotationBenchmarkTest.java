package org.dyad.bench.harness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.dyad.core.nlp.Mention;
import org.dyad.core.nlp.ParsedSentence;
import org.dyad.core.nlp.Sentence;
import org.dyad.core.nlp.SentenceParser;
import org.junit.jupiter.api.Test;

class AnnotationBenchmarkTest {

  /** Splits on ". " and parses nothing, counting the sentences it was asked to parse. */
  private static final class CountingParser implements SentenceParser {
    static final AtomicInteger PARSED = new AtomicInteger();

    @Override
    public List<Sentence> split(String doc, String text) {
      List<Sentence> sentences = new ArrayList<>();
      int start = 0;
      for (String part : text.split("\\. ")) {
        sentences.add(new Sentence(doc, sentences.size(), start, start + part.length(), part));
        start += part.length() + 2;
      }
      return sentences;
    }

    @Override
    public ParsedSentence parse(Sentence sentence) {
      PARSED.incrementAndGet();
      return new ParsedSentence(sentence, List.of());
    }
  }

  /** Every upper-case word is an actor coded as itself. */
  private static List<Mention> resolve(List<Sentence> sentences) {
    List<Mention> mentions = new ArrayList<>();
    for (Sentence sentence : sentences) {
      int offset = 0;
      for (String word : sentence.text().split(" ")) {
        if (word.length() == 3 && word.equals(word.toUpperCase())) {
          int start = sentence.start() + offset;
          mentions.add(new Mention(sentence.doc(), sentence.index(), start, start + 3, word, word, word, null, "test"));
        }
        offset += word.length() + 1;
      }
    }
    return mentions;
  }

  @Test
  void theFilterParsesOnlySentencesNamingTwoActorsAndEveryRoundCoversTheCorpus() throws Exception {
    List<AnnotationBenchmark.Text> corpus = List.of(
        new AnnotationBenchmark.Text("a", "IRN met SYR. nothing here. IRN alone", null),
        new AnnotationBenchmark.Text("b", "USA and PAK talked. weather was fine", null));
    CountingParser.PARSED.set(0);

    AnnotationBenchmark.Comparison comparison =
        AnnotationBenchmark.run(corpus, CountingParser::new, (sentences, date) -> resolve(sentences), 2, 3);

    assertThat(comparison.prefilterOn().sentences()).isEqualTo(5);
    assertThat(comparison.prefilterOn().parsed()).isEqualTo(2);
    assertThat(comparison.prefilterOff().parsed()).isEqualTo(5);
    assertThat(comparison.prefilterOn().sparedShare()).isEqualTo(0.6);
    assertThat(comparison.prefilterOn().seconds()).hasSize(3);
    assertThat(comparison.prefilterOff().seconds()).hasSize(3);
    // One warm-up pass per configuration, then three rounds of each.
    assertThat(CountingParser.PARSED.get()).isEqualTo(4 * (2 + 5));
  }

  @Test
  void theMedianIsTheMiddleRoundOrTheMeanOfTheTwoMiddleOnes() {
    AnnotationBenchmark.Result odd = new AnnotationBenchmark.Result(true, 2, 1, 100, 50, 10, new double[] {4, 1, 2}, new double[] {2, 1, 3}, 0);
    AnnotationBenchmark.Result even = new AnnotationBenchmark.Result(true, 2, 1, 100, 50, 10, new double[] {4, 1, 2, 3}, new double[] {1, 1, 1, 1}, 0);

    assertThat(odd.medianSeconds()).isEqualTo(2.0);
    assertThat(odd.sentencesPerSecond()).isEqualTo(50.0);
    assertThat(odd.rangePerSecond()).containsExactly(25.0, 100.0);
    assertThat(even.medianSeconds()).isEqualTo(2.5);
    // Median CPU time 2 s over 2 workers: one second of each, 100 sentences in it.
    assertThat(odd.sentencesPerCpuSecondPerWorker()).isEqualTo(100.0);
  }

  @Test
  void aResultWithoutRoundsOrARunWithoutRoundsIsRefused() {
    assertThatThrownBy(() -> new AnnotationBenchmark.Result(true, 1, 1, 1, 1, 1, new double[0], new double[0], 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> AnnotationBenchmark.run(List.of(), CountingParser::new, (s, d) -> List.of(), 1, 0))
        .hasMessageContaining("rounds");
  }
}
