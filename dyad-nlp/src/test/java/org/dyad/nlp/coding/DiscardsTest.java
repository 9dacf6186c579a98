package org.dyad.nlp.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import org.dyad.nlp.dictionary.PetrarchDiscardReader;
import org.junit.jupiter.api.Test;

class DiscardsTest {

  private static Discards discards(String file) throws Exception {
    return new Discards(new PetrarchDiscardReader().read(new StringReader(file), "test.discards").dictionary());
  }

  @Test
  void sentenceDiscardsMatchAtWordStartsWithTheLastWordAsAStem() throws Exception {
    Discards discards = discards("WORLD CUP\nBASEBALL\nMONTHS LATER_\n+MANCHESTER UNITED\n");
    assertThat(discards.discardsSentence("Iran beat Iraq in the World Cup qualifier.")).isTrue();
    assertThat(discards.discardsSentence("Two baseballs were thrown.")).isTrue();
    assertThat(discards.discardsSentence("A minibaseball league.")).as("not at a word start").isFalse();
    assertThat(discards.discardsSentence("Months later, talks resumed.")).isTrue();
    assertThat(discards.discardsSentence("Months laterally the talks moved.")).as("a word-end phrase is no stem").isFalse();
    assertThat(discards.discardsSentence("Manchester United signed him.")).as("a story discard, not a sentence one").isFalse();
    assertThat(discards.discardsStory("Manchester-United signed him.")).isTrue();
  }

  @Test
  void theCoderSkipsDiscardedSentences() throws Exception {
    var parsed = TinyParse.parse("Iran/NNP/2/nsubj attacked:attack/VBD/0/root Iraq/NNP/2/obj in/IN/5/case baseball/NN/2/obl");
    var dictionary = new org.dyad.nlp.verbs.VerbDictionary(java.util.Map.of(), java.util.List.of(new org.dyad.nlp.verbs.VerbBlock(
        "ATTACK", org.dyad.nlp.verbs.EventCodes.of("190"),
        java.util.List.of(new org.dyad.nlp.verbs.VerbEntry("ATTACK", java.util.List.of(), java.util.Set.of(), null, 1)),
        java.util.List.of(), 1)), java.util.List.of());
    DependencyEventCoder coder = new DependencyEventCoder(dictionary, org.dyad.core.event.CameoOntology.cameo());
    var mentions = java.util.List.of(TinyParse.mention(parsed, "Iran", "IRN"), TinyParse.mention(parsed, "Iraq", "IRQ"));
    assertThat(coder.code(parsed, mentions, null)).hasSize(1);
    assertThat(coder.withDiscards(discards("BASEBALL\n")).code(parsed, mentions, null)).isEmpty();
  }

  @Test
  void dyadsOwnDiscardsReadAndMatchSport() throws Exception {
    Discards discards = Discards.defaults();
    assertThat(discards.isEmpty()).isFalse();
    assertThat(discards.discardsSentence("Iran beat Saudi Arabia 2-0 in a World Cup qualifier.")).isTrue();
    assertThat(discards.discardsSentence("Iran accused Saudi Arabia of arming the rebels.")).isFalse();
    // cricket's "attacked the bowling" is no assault
    assertThat(discards.discardsSentence("Sri Lanka's batsmen attacked the Indian bowling from the first over.")).isTrue();
    assertThat(discards.discardsSentence("India won the one-day international in Colombo.")).isTrue();
    assertThat(discards.discardsSentence("New Zealand crushed Pakistan by an innings in Karachi.")).isTrue();
    assertThat(discards.discardsSentence("England's fast bowler tore through the Australian line-up.")).isTrue();
  }
}
