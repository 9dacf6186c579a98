package org.dyad.nlp.verbs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.dyad.nlp.dictionary.MalformedLineException;
import org.dyad.nlp.verbs.PatternElement.Compound;
import org.dyad.nlp.verbs.PatternElement.NounPhrase;
import org.dyad.nlp.verbs.PatternElement.PrepositionalPhrase;
import org.dyad.nlp.verbs.PatternElement.Skip;
import org.dyad.nlp.verbs.PatternElement.Source;
import org.dyad.nlp.verbs.PatternElement.SynsetRef;
import org.dyad.nlp.verbs.PatternElement.Target;
import org.dyad.nlp.verbs.PatternElement.Word;
import org.junit.jupiter.api.Test;

class PatternParserTest {

  private static Word word(String text) {
    return new Word(text, false);
  }

  private static VerbPattern pattern(String body) throws MalformedLineException {
    List<String> notes = new ArrayList<>();
    VerbPattern pattern = PatternParser.pattern(body, 7, notes);
    assertThat(notes).isEmpty();
    return pattern;
  }

  @Test
  void readsWordsAroundTheVerbWithTheCodeAndNormalisedText() throws Exception {
    VerbPattern pattern = pattern(" &MILITARY   *  CEASE-FIRE EFFORT   [154]");
    assertThat(pattern.before()).containsExactly(new SynsetRef("MILITARY"));
    assertThat(pattern.after()).containsExactly(word("CEASE-FIRE"), word("EFFORT"));
    assertThat(pattern.text()).isEqualTo("&MILITARY * CEASE-FIRE EFFORT");
    assertThat(pattern.line()).isEqualTo(7);
  }

  @Test
  void readsTheCodeForms() throws Exception {
    assertThat(pattern("* [050]").codes()).isEqualTo(EventCodes.of("050"));
    assertThat(pattern("* [042:043]").codes()).isEqualTo(new EventCodes("042", "043"));
    assertThat(pattern("* [---]").codes()).isEqualTo(EventCodes.NONE);
    assertThat(pattern("* [0579:0579]").codes()).isEqualTo(new EventCodes("0579", "0579"));
    assertThat(pattern("* [:173]").codes()).isEqualTo(new EventCodes(null, "173"));
    assertThat(pattern("* [ 075A ]").codes()).isEqualTo(EventCodes.of("075A"));
    assertThat(pattern("* [###]").codes()).isEqualTo(EventCodes.of("###"));
  }

  @Test
  void readsNounAndPrepositionalPhrasesWithMarkersInside() throws Exception {
    VerbPattern pattern = pattern("$ * (TO + BORDER) {&TIETYPES TIES}(AT ^ ^) (INTO $) (WITH {NEW SANCTIONS}) (TO) [1]");
    assertThat(pattern.before()).containsExactly(new Source());
    assertThat(pattern.after())
        .containsExactly(
            new PrepositionalPhrase("TO", List.of(new Target(), word("BORDER"))),
            new NounPhrase(List.of(new SynsetRef("TIETYPES"), word("TIES"))),
            new PrepositionalPhrase("AT", List.of(new Skip(), new Skip())),
            new PrepositionalPhrase("INTO", List.of(new Source())),
            new PrepositionalPhrase("WITH", List.of(new NounPhrase(List.of(word("NEW"), word("SANCTIONS"))))),
            new PrepositionalPhrase("TO", List.of()));
    assertThat(pattern("% * [050]").before()).containsExactly(new Compound());
  }

  @Test
  void underscoresJoinWordsAndATrailingOneMakesAWordExact() throws Exception {
    VerbPattern pattern = pattern("ON_THE * {AIR_STRIKE} KNOWN_ (OF {BANNED_PARTIES_}) [1]");
    assertThat(pattern.before()).containsExactly(word("ON THE"));
    assertThat(pattern.after())
        .containsExactly(
            new NounPhrase(List.of(word("AIR STRIKE"))),
            new Word("KNOWN", true),
            new PrepositionalPhrase("OF", List.of(new NounPhrase(List.of(new Word("BANNED PARTIES", true))))));
  }

  @Test
  void cutsTabariTokensGluedToTheVerbOrAMarker() throws Exception {
    assertThat(pattern("SO IN_AND_*_OUT_AGAIN NOW [074]").before()).containsExactly(word("SO"), word("IN AND"));
    assertThat(pattern("SO IN_AND_*_OUT_AGAIN NOW [074]").after()).containsExactly(word("OUT AGAIN"), word("NOW"));
    assertThat(pattern("*SCEPTICAL [012]").after()).containsExactly(word("SCEPTICAL"));
    assertThat(pattern("SUGGESTED_+ * X [1]").before()).containsExactly(word("SUGGESTED"), new Target());
    assertThat(pattern("FIGHTER_&AIRCRAFT * [195]").before())
        .containsExactly(word("FIGHTER"), new SynsetRef("AIRCRAFT"));
    assertThat(pattern("* &WEAPON_&PROGRAM [0312]").after())
        .containsExactly(new SynsetRef("WEAPON"), new SynsetRef("PROGRAM"));
  }

  @Test
  void aSynsetNameRunsToTheEndOfItsTokenAndLosesItsTrailingUnderscore() throws Exception {
    assertThat(pattern("* (IN &FIGHT_OF_WORDS) &AUXVERB1_ [111]").after())
        .containsExactly(
            new PrepositionalPhrase("IN", List.of(new SynsetRef("FIGHT_OF_WORDS"))),
            new SynsetRef("AUXVERB1"));
  }

  @Test
  void wordsAreUpperCased() throws Exception {
    assertThat(pattern("* (to sanctions) [163]").after())
        .containsExactly(new PrepositionalPhrase("TO", List.of(word("SANCTIONS"))));
  }

  @Test
  void textAfterTheCodeIsANoteNotAFailure() throws Exception {
    List<String> notes = new ArrayList<>();
    VerbPattern pattern = PatternParser.pattern("* X [010] [020]", 1, notes);
    assertThat(pattern.codes()).isEqualTo(EventCodes.of("010"));
    assertThat(notes).singleElement().asString().contains("[020]");
  }

  @Test
  void refusesMalformedPatterns() {
    assertRefused("X Y [010]", "without the verb");
    assertRefused("* X * [010]", "more than one verb");
    assertRefused("* X", "without a [code]");
    assertRefused("* X [010", "not closed");
    assertRefused("* (WITH VISIT) VISIT) [042]", "')' without its opening");
    assertRefused("* (WITH VISIT [042]", "'(' is not closed");
    assertRefused("* {PEACE PLAN [042]", "'{' is not closed");
    assertRefused("* {} [042]", "empty noun phrase");
    assertRefused("* () [042]", "empty prepositional phrase");
    assertRefused("* ($ X) [042]", "starts with its preposition");
    assertRefused("(TO *) [042]", "cannot stand inside");
    assertRefused("* {A (B C)} [042]", "cannot stand inside");
    assertRefused("* {A $} [042]", "only words and synsets");
    assertRefused("* & [042]", "not a synset name");
    assertRefused("* -- [042]", "not a word");
    assertRefused("* _ [042]", "not a word");
    assertRefused("* X []", "empty code");
    assertRefused("* X [:]", "empty code");
    assertRefused("* X [01 02]", "blank inside");
    assertRefused("* X [01:02:03]", "more than one ':'");
  }

  private static void assertRefused(String body, String message) {
    assertThatThrownBy(() -> PatternParser.pattern(body, 1, new ArrayList<>()))
        .isInstanceOf(MalformedLineException.class)
        .hasMessageContaining(message);
  }

  @Test
  void readsSynsetMembers() throws Exception {
    assertThat(PatternParser.member("ARMED_FORCES", false)).containsExactly(word("ARMED FORCES"));
    assertThat(PatternParser.member("AUSTRIAN  FLORIN ", false)).containsExactly(word("AUSTRIAN FLORIN"));
    assertThat(PatternParser.member("DIFFERENCE_OF_OPINION_", false))
        .containsExactly(new Word("DIFFERENCE OF OPINION", true));
    assertThat(PatternParser.member("WAS", true)).containsExactly(new Word("WAS", true));
    assertThat(PatternParser.member("&TIETYPES", false)).containsExactly(new SynsetRef("TIETYPES"));
    assertThat(PatternParser.member("(TO THE END)", false))
        .containsExactly(new PrepositionalPhrase("TO", List.of(word("THE"), word("END"))));
    assertThat(PatternParser.member("PA'ANGA", false)).containsExactly(word("PA'ANGA"));
  }

  @Test
  void refusesMembersWithMarkersOrTheVerb() {
    assertThatThrownBy(() -> PatternParser.member("X $", false)).hasMessageContaining("slot markers");
    assertThatThrownBy(() -> PatternParser.member("X * Y", false)).hasMessageContaining("verb");
    assertThatThrownBy(() -> PatternParser.member("(TO", false)).hasMessageContaining("not closed");
  }
}
