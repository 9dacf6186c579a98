package org.dyad.nlp.parse;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreAnnotations.SentencesAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations.TokensAnnotation;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.MorphaAnnotator;
import edu.stanford.nlp.process.Morphology;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LemmatizerTest {

  private static final String[][] WORDS_AND_TAGS = {
      {"met", "VBD"}, {"ministers", "NNS"}, {"Ministers", "NNPS"}, {"was", "VBD"}, {"better", "JJR"},
      {"took_off", "VBD"}, {"takes_over", "VBZ"}, {"went_home", "VBD"}, {"a_b_up", "VB"}, {"talks", ""},
      {"talks", "VBZ"}, {"talks", "NNS"}, {"U.S.", "NNP"}, {"'s", "POS"}, {"n't", "RB"}, {"1 1/2", "CD"},
      {"met", "VBD"}, {"", "NN"}};

  @Test
  void givesWhatCoreNlpsLemmaAnnotatorGives() {
    List<CoreLabel> ours = tokens();
    new Lemmatizer().annotate(ours);
    List<CoreLabel> theirs = tokens();
    CoreMap sentence = new ArrayCoreMap();
    sentence.set(TokensAnnotation.class, theirs);
    Annotation annotation = new Annotation("");
    annotation.set(SentencesAnnotation.class, List.of(sentence));
    new MorphaAnnotator(false).annotate(annotation);
    assertThat(ours).extracting(CoreLabel::lemma).containsExactlyElementsOf(theirs.stream().map(CoreLabel::lemma).toList());
    assertThat(ours).extracting(CoreLabel::lemma).startsWith("meet", "minister", "Ministers", "be", "good", "take_off");
  }

  @Test
  void remembersAcrossCallsAndForgetsPastItsCapacity() {
    Lemmatizer lemmatizer = new Lemmatizer();
    Morphology morphology = new Morphology();
    for (int i = 0; i < 250_000; i++) {
      String word = (i % 3 == 0 ? "walked" : "talks") + (i % 120_000);
      assertThat(lemmatizer.lemma(word, "VBD")).isEqualTo(morphology.lemma(word, "VBD"));
    }
    assertThat(lemmatizer.lemma("walked", "VBD")).isEqualTo("walk");
  }

  private static List<CoreLabel> tokens() {
    List<CoreLabel> tokens = new ArrayList<>();
    for (String[] wordAndTag : WORDS_AND_TAGS) {
      CoreLabel token = new CoreLabel();
      token.setWord(wordAndTag[0]);
      token.setValue(wordAndTag[0]);
      token.setOriginalText(wordAndTag[0]);
      token.setTag(wordAndTag[1]);
      tokens.add(token);
    }
    return tokens;
  }
}
