package org.dyad.nlp.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.dyad.core.nlp.Sentence;
import org.dyad.nlp.SharedData;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link CoreNlpSentenceParser#parse} replicates CoreNLP's {@code DependencyParser} rather than
 * calling it, for speed; this checks, word for word, that it still gives what CoreNLP gives
 * ({@link ReferenceSentenceParser}) on real text: the sample corpus's plain-text documents and the
 * PETR2 validation sentences. A CoreNLP upgrade that changes the parser fails here. Dyad's repair of
 * the tagger's tags ({@link VerblessClauses}) is left off: it departs from CoreNLP on purpose.
 */
class CoreNlpParseEquivalenceTest {

  private static CoreNlpSentenceParser parser;
  private static ReferenceSentenceParser reference;

  @BeforeAll
  static void load() {
    parser = new CoreNlpSentenceParser(false);
    reference = new ReferenceSentenceParser();
  }

  @Test
  void sampleCorpusSentencesParseAsCoreNlpParsesThem() throws IOException {
    List<BenchSentences.Text> texts = BenchSentences.sampleCorpus();
    Assumptions.assumeFalse(texts.isEmpty(), "the sample corpus is absent");
    assertParsedAlike(sentences(texts), 300);
  }

  @Test
  void validationSentencesParseAsCoreNlpParsesThem() throws IOException {
    Assumptions.assumeTrue(Files.isRegularFile(SharedData.requireEventCoding().resolve("PETR2_GSR_validation.xml")),
        "PETR2_GSR_validation.xml is absent");
    assertParsedAlike(sentences(BenchSentences.shared()), 300);
  }

  @Test
  void oddTokensParseAsCoreNlpParsesThem() {
    String text = "Mr. O'Neill (D-Mass.) said: \"We'll see\" -- 3.5% of $1,000,000 ... U.S.-led talks @ 10:30 #Iran :-)";
    Sentence sentence = new Sentence("odd", 0, 0, text.length(), text);
    assertThat(parser.parse(sentence)).isEqualTo(reference.parse(sentence));
  }

  private static List<Sentence> sentences(List<BenchSentences.Text> texts) {
    List<Sentence> sentences = new ArrayList<>();
    for (BenchSentences.Text text : texts) {
      sentences.addAll(parser.split(text.id(), text.text()));
    }
    return sentences;
  }

  /** Compares at least {@code atLeast} sentences, or all when there are fewer, spread over the list. */
  private static void assertParsedAlike(List<Sentence> sentences, int atLeast) {
    assertThat(sentences).hasSizeGreaterThanOrEqualTo(atLeast);
    int step = Math.max(1, sentences.size() / atLeast);
    int compared = 0;
    for (int i = 0; i < sentences.size(); i += step) {
      Sentence sentence = sentences.get(i);
      assertThat(parser.parse(sentence)).as("sentence %d of %s: %s", sentence.index(), sentence.doc(), sentence.text())
          .isEqualTo(reference.parse(sentence));
      compared++;
    }
    assertThat(compared).isGreaterThanOrEqualTo(atLeast);
  }
}
