package org.dyad.nlp.parse;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import org.junit.jupiter.api.Test;

class AdjectivesReadAsVerbsTest {

  private static List<String> repaired(String text) {
    List<CoreLabel> tokens = TaggedTokens.of(text);
    AdjectivesReadAsVerbs.repair(tokens);
    return TaggedTokens.tags(tokens);
  }

  @Test
  void aListedAdjectiveReadAsAGerundBeforeANounPhraseIsAnAdjective() {
    assertThat(repaired("King/NNP promised/VBD sweeping/VBG constitutional/JJ reforms/NNS"))
        .containsExactly("NNP", "VBD", "JJ", "JJ", "NNS");
    assertThat(repaired("sign/VB a/DT lasting/VBG peace/NN settlement/NN")).element(2).isEqualTo("JJ");
  }

  @Test
  void otherGerundsAndListedWordsWithoutANounAfterThemStayVerbs() {
    assertThat(repaired("rebels/NNS began/VBD mounting/VBG attacks/NNS")).element(2).isEqualTo("VBG");
    assertThat(repaired("the/DT truce/NN is/VBZ lasting/VBG ./.")).element(3).isEqualTo("VBG");
  }
}
