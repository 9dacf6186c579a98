package org.dyad.nlp.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.dyad.core.nlp.Sentence;
import org.junit.jupiter.api.Test;

/**
 * The inline key of {@link AnswerKeyTest}: two events, four actors. The resolver finds
 * "Iranian border guards" as IRNMIL (root of IRNGOV only), al-Qaeda as IMGMUSALQ (exact),
 * Washington as USA (exact) and nothing for Pakistan: 2 exact, 3 at root, misses IRNGOV and PAK.
 */
class AnswerKeyEvaluatorTest {

  private static AnswerKey key() throws IOException {
    return AnswerKey.read(new StringReader(AnswerKeyTest.KEY), "expected.jsonl");
  }

  private static FixedPhraseResolver resolver() {
    return new FixedPhraseResolver(
        "Iranian border guards", "IRNMIL", "al-Qaeda", "IMGMUSALQ", "Washington", "USA");
  }

  @Test
  void countsActorsFoundExactlyAndAtRoot() throws IOException {
    AnswerKeyScore score = new AnswerKeyEvaluator(resolver()).evaluate(key());
    assertThat(score.events()).isEqualTo(2);
    assertThat(score.actorsExpected()).isEqualTo(4);
    assertThat(score.foundExact()).isEqualTo(2);
    assertThat(score.foundAtRoot()).isEqualTo(3);
    assertThat(score.exactRecall()).isEqualTo(0.5);
    assertThat(score.rootRecall()).isEqualTo(0.75);
  }

  @Test
  void listsTheMissesWithWhatDyadFound() throws IOException {
    AnswerKeyScore score = new AnswerKeyEvaluator(resolver()).evaluate(key());
    assertThat(score.misses()).extracting(m -> m.event().file(), AnswerKeyMiss::role, AnswerKeyMiss::expectedCode,
            AnswerKeyMiss::foundAtRoot, AnswerKeyMiss::dyadCodes)
        .containsExactly(
            tuple("a/1.txt", AnswerKeyMiss.Role.SOURCE, "IRNGOV", true, List.of("IRNMIL", "IMGMUSALQ")),
            tuple("a/2.txt", AnswerKeyMiss.Role.TARGET, "PAK", false, List.of("USA")));
  }

  @Test
  void resolvesEachSentenceAloneOnTheEventDate() throws IOException {
    FixedPhraseResolver resolver = resolver();
    new AnswerKeyEvaluator(resolver).evaluate(key());
    String text = "Washington praised Pakistan.";
    assertThat(resolver.sentencesSeen).last().isEqualTo(new Sentence("a/2.txt", 0, 0, text.length(), text));
    assertThat(resolver.datesSeen).containsExactly(LocalDate.of(2001, 1, 1), LocalDate.of(2002, 1, 1));
  }

  @Test
  void aFailingResolverNamesTheLine() {
    AnswerKeyEvaluator evaluator = new AnswerKeyEvaluator((sentences, date) -> {
      throw new IllegalStateException("no model");
    });
    assertThatThrownBy(() -> evaluator.evaluate(key())).hasMessage(
        "resolving the answer key's sentence on line 1 (a/1.txt) failed: no model");
  }
}
