package org.dyad.nlp.parse;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import org.junit.jupiter.api.Test;

class NounsReadAsVerbsTest {

  private static List<String> repaired(String text) {
    List<CoreLabel> tokens = TaggedTokens.of(text);
    NounsReadAsVerbs.repair(tokens);
    return TaggedTokens.tags(tokens);
  }

  @Test
  void aPresentTenseRightBeforeAPastFormThatOpensItsPhraseIsAPluralNoun() {
    assertThat(repaired("Taliban/NNP insurgents/VBZ killed/VBN four/CD Canadian/JJ soldiers/NNS"))
        .containsExactly("NNP", "NNS", "VBN", "CD", "JJ", "NNS");
    assertThat(repaired("Taliban/NNP insurgents/VBZ ripped/VBD through/IN a/DT convoy/NN"))
        .element(1).isEqualTo("NNS");
  }

  @Test
  void aPastParticipleBeforeANounStaysTheObjectsAdjective() {
    assertThat(repaired("Obama/NNP vows/VBZ renewed/VBN effort/NN")).element(1).isEqualTo("VBZ");
  }

  @Test
  void auxiliariesAndVerbsAfterASubjectPronounStayVerbs() {
    assertThat(repaired("Iran/NNP has/VBZ seized/VBN a/DT tanker/NN")).element(1).isEqualTo("VBZ");
    assertThat(repaired("He/PRP claims/VBZ killed/VBN a/DT soldier/NN")).element(1).isEqualTo("VBZ");
  }

  @Test
  void aSingularNounBeforeAPresentTenseWithNoObjectIsACompoundObject() {
    assertThat(repaired("the/DT EU/NNP on/IN Monday/NNP imposed/VBN asset/NN freezes/VBZ on/IN Russian/JJ officials/NNS"))
        .containsExactly("DT", "NNP", "IN", "NNP", "VBD", "NN", "NNS", "IN", "JJ", "NNS");
    assertThat(repaired("Washington/NNP imposed/VBD travel/NN bans/NNS and/CC asset/NN freezes/VBZ on/IN officials/NNS"))
        .element(6).isEqualTo("NNS");
  }

  @Test
  void aBaseFormBetweenAConjunctionAndAPluralNounInAPastSentenceIsANoun() {
    assertThat(repaired("EU/NNP imposed/VBD asset/NN freezes/NNS and/CC travel/VB bans/NNS on/IN officials/NNS"))
        .element(5).isEqualTo("NN");
    assertThat(repaired("EU/NNP will/MD seize/VB assets/NNS and/CC freeze/VB accounts/NNS in/IN banks/NNS"))
        .element(5).isEqualTo("VB");
  }

  @Test
  void aPresentTenseAfterAnAdjectivalPastFormOrWithAnObjectStaysAVerb() {
    assertThat(repaired("the/DT imposed/VBN tax/NN hurts/VBZ ./.")).element(3).isEqualTo("VBZ");
    assertThat(repaired("Iran/NNP said/VBD oil/NN flows/VBZ freely/RB")).element(3).isEqualTo("VBZ");
  }
}
