package org.dyad.nlp.parse;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import org.junit.jupiter.api.Test;

class PastTensesReadAsAdjectivesTest {

  private static List<String> repaired(String text) {
    List<CoreLabel> tokens = TaggedTokens.of(text);
    PastTensesReadAsAdjectives.repair(tokens);
    return TaggedTokens.tags(tokens);
  }

  @Test
  void anAdjectiveInEdBetweenASubjectAndANounPhraseIsAPastTense() {
    assertThat(repaired("Kyrgyz/NNP authorities/NNS clamped/JJ a/DT curfew/NN on/IN Osh/NNP"))
        .containsExactly("NNP", "NNS", "VBD", "DT", "NN", "IN", "NNP");
    assertThat(repaired("Uzbekistan/NNP unblocked/JJ the/DT websites/NNS")).element(1).isEqualTo("VBD");
    assertThat(repaired("it/PRP unblocked/JJ its/PRP$ websites/NNS")).element(1).isEqualTo("VBD");
    // after a noun, an adjective does not modify the name that follows: "workers paralysed Paris"
    assertThat(repaired("workers/NNS paralysed/JJ Paris/NNP for/IN weeks/NNS")).element(1).isEqualTo("VBD");
    // but a hyphenated one may: "rebel-controlled Aleppo"
    assertThat(repaired("army/NN rebel-controlled/JJ Aleppo/NNP")).element(1).isEqualTo("JJ");
  }

  @Test
  void adjectivesBeforeANounOrAfterALinkingVerbStayAdjectives() {
    assertThat(repaired("the/DT armed/JJ militants/NNS")).element(1).isEqualTo("JJ");
    assertThat(repaired("officials/NNS were/VBD worried/JJ the/DT talks/NNS would/MD fail/VB"))
        .element(2).isEqualTo("JJ");
    assertThat(repaired("an/DT unexpected/JJ move/NN")).element(1).isEqualTo("JJ");
    assertThat(repaired("talks/NNS remained/VBD deadlocked/JJ ./.")).element(2).isEqualTo("JJ");
  }
}
