package org.dyad.nlp.parse;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrailingAttributionTest {

  /** Tokens written "word/TAG/lemma" (the lemma defaults to the word), separated by spaces. */
  private static List<CoreLabel> tagged(String text) {
    List<CoreLabel> tokens = new ArrayList<>();
    for (String item : text.split(" ")) {
      String[] parts = item.split("/");
      CoreLabel token = new CoreLabel();
      token.setWord(parts[0]);
      token.setTag(parts[1]);
      token.setLemma(parts.length > 2 ? parts[2] : parts[0]);
      tokens.add(token);
    }
    return tokens;
  }

  @Test
  void findsTheCommaBeforeASubjectAndAVerbOfSaying() {
    assertThat(TrailingAttribution.comma(tagged(
        "Iraq/NNP returned/VBD the/DT archives/NNS on/IN Thursday/NNP ,/, U.N./NNP officials/NNS said/VBD/say ./.")))
        .isEqualTo(6);
    assertThat(TrailingAttribution.comma(tagged("Gunmen/NNS kidnapped/VBD/kidnap a/DT reporter/NN ,/,"
        + " police/NNS told/VBD/tell reporters/NNS on/IN Monday/NNP ./."))).isEqualTo(4);
  }

  @Test
  void findsAnInvertedAttribution() {
    assertThat(TrailingAttribution.comma(tagged(
        "Rebels/NNS shelled/VBD/shell the/DT town/NN ,/, said/VBD/say a/DT spokesman/NN ./."))).isEqualTo(4);
  }

  @Test
  void aClauseAfterTheCommaThatIsNoAttributionIsLeftAlone() {
    // a temporal clause, a second verb, a verb that is not one of saying, a quotation, no verb at all
    assertThat(TrailingAttribution.comma(tagged("Troops/NNS occupied/VBD/occupy Gori/NNP ,/, a/DT day/NN after/IN"
        + " Moscow/NNP announced/VBD/announce a/DT halt/NN ./."))).isEqualTo(-1);
    assertThat(TrailingAttribution.comma(tagged("Troops/NNS occupied/VBD/occupy Gori/NNP ,/, officials/NNS"
        + " said/VBD/say citing/VBG/cite witnesses/NNS ./."))).isEqualTo(-1);
    assertThat(TrailingAttribution.comma(tagged(
        "Troops/NNS occupied/VBD/occupy Gori/NNP ,/, residents/NNS fled/VBD/flee ./."))).isEqualTo(-1);
    assertThat(TrailingAttribution.comma(tagged(
        "``/`` We/PRP will/MD fight/VB ,/, ''/'' he/PRP said/VBD/say ./."))).isEqualTo(-1);
    assertThat(TrailingAttribution.comma(tagged(
        "Troops/NNS occupied/VBD/occupy Gori/NNP ,/, a/DT strategic/JJ town/NN ./."))).isEqualTo(-1);
  }

  @Test
  void aReportWithoutAVerbOfItsOwnIsNoReport() {
    assertThat(TrailingAttribution.comma(tagged(
        "More/JJR troops/NNS for/IN Gori/NNP ,/, officials/NNS said/VBD/say ./."))).isEqualTo(-1);
  }

  @Test
  void aParseIsGarbledWhenTheReportHangsLooseFromTheVerbOfSayingOrThatVerbIsAnObject() {
    // Iran/1 threatened/2 to/3 expel/4 envoys/5 ,/6 officials/7 said/8 ./9
    List<CoreLabel> tokens = tagged("Iran/NNP threatened/VBD/threaten to/TO expel/VB envoys/NNS ,/,"
        + " officials/NNS said/VBD/say ./.");
    int[] sound = {0, 2, 8, 4, 2, 4, 8, 8, 0, 8};
    String[] soundArcs = {"", "nsubj", "ccomp", "mark", "xcomp", "obj", "punct", "nsubj", "root", "punct"};
    assertThat(TrailingAttribution.garbled(tokens, 5, sound, soundArcs)).isFalse();
    int[] loose = {0, 2, 0, 4, 8, 4, 8, 8, 2, 2};
    String[] looseArcs = {"", "nsubj", "root", "mark", "dep", "obj", "punct", "nsubj", "ccomp", "punct"};
    assertThat(TrailingAttribution.garbled(tokens, 5, loose, looseArcs)).isTrue();
    String[] objectArcs = soundArcs.clone();
    objectArcs[8] = "obj";
    assertThat(TrailingAttribution.garbled(tokens, 5, sound, objectArcs)).isTrue();
  }
}
