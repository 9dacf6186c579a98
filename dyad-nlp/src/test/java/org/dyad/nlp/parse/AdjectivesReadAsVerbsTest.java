package org.dyad.nlp.parse;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AdjectivesReadAsVerbsTest {

  /** Tokens written "word/TAG", separated by spaces. */
  private static List<String> repaired(String text) {
    List<CoreLabel> tokens = new ArrayList<>();
    for (String item : text.split(" ")) {
      int slash = item.lastIndexOf('/');
      CoreLabel token = new CoreLabel();
      token.setWord(item.substring(0, slash));
      token.setTag(item.substring(slash + 1));
      tokens.add(token);
    }
    AdjectivesReadAsVerbs.repair(tokens);
    return tokens.stream().map(CoreLabel::tag).toList();
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
