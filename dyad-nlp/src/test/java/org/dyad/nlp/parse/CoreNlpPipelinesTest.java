package org.dyad.nlp.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import edu.stanford.nlp.ling.CoreAnnotations.TokensAnnotation;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CoreNlpPipelinesTest {

  private static StanfordCoreNLP oneSentence;

  @BeforeAll
  static void build() {
    oneSentence = CoreNlpPipelines.build(
        "annotators", "tokenize,ssplit", "ssplit.isOneSentence", "true", "tokenize.options", "untokenizable=noneDelete");
  }

  @Test
  void settingsComeInPairs() {
    assertThatThrownBy(() -> CoreNlpPipelines.build("annotators"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("settings come in key, value pairs: got 1 strings");
  }

  @Test
  void aTextIsOneSentenceEvenWithSeveralFullStops() {
    CoreMap sentence = CoreNlpPipelines.annotateOneSentence(oneSentence, "Talks failed. Troops left.").orElseThrow();
    assertThat(sentence.get(TokensAnnotation.class)).extracting(CoreLabel::word)
        .containsExactly("Talks", "failed", ".", "Troops", "left", ".");
  }

  @Test
  void aTextWithoutTokensIsNoSentence() {
    assertThat(CoreNlpPipelines.annotateOneSentence(oneSentence, "")).isEmpty();
    assertThat(CoreNlpPipelines.annotateOneSentence(oneSentence, " \n ")).isEmpty();
    assertThat(CoreNlpPipelines.annotateOneSentence(oneSentence, "\u0000\u0007\uD800")).isEmpty();
  }
}
