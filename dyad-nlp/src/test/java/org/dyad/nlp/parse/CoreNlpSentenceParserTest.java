package org.dyad.nlp.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.dyad.core.nlp.ParsedSentence;
import org.dyad.core.nlp.Sentence;
import org.dyad.core.nlp.Word;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CoreNlpSentenceParserTest {

  private static CoreNlpSentenceParser parser;
  private static String printedWhileLoading;

  @BeforeAll
  static void loadOnce() {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    PrintStream out = System.out;
    PrintStream err = System.err;
    try (PrintStream capture = new PrintStream(printed, true, StandardCharsets.UTF_8)) {
      System.setOut(capture);
      System.setErr(capture);
      parser = new CoreNlpSentenceParser();
      parser.parse(parser.split("warm-up", "Loading prints nothing.").getFirst());
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
    printedWhileLoading = printed.toString(StandardCharsets.UTF_8);
  }

  @Test
  void loadingAndParsingPrintNothing() {
    assertThat(printedWhileLoading).isEmpty();
  }

  @Test
  void splitKeepsDatelinesAndAbbreviationsInsideSentences() {
    String text = "WASHINGTON, Oct. 14 (Reuters) - The U.S. said on Monday it would send an envoy to Tehran. "
        + "Iran's foreign minister met the Syrian president.\n\nTalks resume Oct. 20 in Geneva, officials said.";
    List<Sentence> sentences = parser.split("d1", text);
    assertThat(sentences).extracting(Sentence::text).containsExactly(
        "WASHINGTON, Oct. 14 (Reuters) - The U.S. said on Monday it would send an envoy to Tehran.",
        "Iran's foreign minister met the Syrian president.",
        "Talks resume Oct. 20 in Geneva, officials said.");
    assertSpansMatch(sentences, text, "d1");
    assertThat(sentences.get(1).start()).isEqualTo(text.indexOf("Iran's"));
  }

  @Test
  void aBlankLineEndsASentenceButASingleLineBreakDoesNot() {
    String text = "Heavy fighting broke out\nnear the border on Sunday.\n\nBREAKING NEWS\n\nTroops withdrew.";
    assertThat(parser.split("d", text)).extracting(Sentence::text).containsExactly(
        "Heavy fighting broke out\nnear the border on Sunday.", "BREAKING NEWS", "Troops withdrew.");
  }

  @Test
  void emptyAndBlankTextsHaveNoSentences() {
    assertThat(parser.split("d", "")).isEmpty();
    assertThat(parser.split("d", " \n\n\t \r\n")).isEmpty();
  }

  @Test
  void oddCharactersNeverBreakSplittingOrParsing() {
    Random random = new Random(5);
    String alphabet = "ab .U.S\n\u0000\u0007\u000b\u001f\uD800\uDC00\uD83D\uDE00\u00ad\u200b\ufeff\u00a0\"'(-";
    for (int round = 0; round < 200; round++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(80); i > 0; i--) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      List<Sentence> sentences = parser.split("odd", text.toString());
      assertSpansMatch(sentences, text.toString(), "odd");
      if (round % 20 == 0) {
        for (Sentence sentence : sentences) {
          assertWordsMatch(parser.parse(sentence), text.toString());
        }
      }
    }
  }

  @Test
  void longTextsAreSplitInBlocksWithoutLosingSentences() {
    StringBuilder text = new StringBuilder();
    for (int paragraph = 0; paragraph < 3000; paragraph++) {
      text.append("Paragraph ").append(paragraph).append(" has words.\nIt wraps here. And ends.\n\n");
    }
    text.append("x".repeat(250_000)).append(" then a tail.");
    List<Sentence> sentences = parser.split("long", text.toString());
    assertSpansMatch(sentences, text.toString(), "long");
    assertThat(sentences).hasSizeGreaterThanOrEqualTo(3 * 3000 + 1);
    assertThat(sentences.get(3 * 1234 + 2).text()).isEqualTo("And ends.");
  }

  @Test
  void parsesSubjectVerbAndObjectWithDocumentOffsets() {
    String text = "TEHRAN (AP) -- Iran's foreign minister met the Syrian president in Damascus on Monday.";
    Sentence sentence = new Sentence("d2", 3, 15, text.length(), text.substring(15));
    ParsedSentence parsed = parser.parse(sentence);
    assertWordsMatch(parsed, text);
    Word met = word(parsed, "met");
    assertThat(met.head()).isZero();
    assertThat(met.relation()).isEqualTo("root");
    assertThat(met.lemma()).isEqualTo("meet");
    assertThat(met.pos()).isEqualTo("VBD");
    assertThat(met.start()).isEqualTo(text.indexOf("met"));
    Word minister = word(parsed, "minister");
    assertThat(minister.relation()).isEqualTo("nsubj");
    assertThat(minister.head()).isEqualTo(met.index());
    Word president = word(parsed, "president");
    assertThat(president.relation()).isEqualTo("obj");
    assertThat(president.head()).isEqualTo(met.index());
    assertThat(word(parsed, "Iran").relation()).isEqualTo("nmod:poss");
    assertThat(word(parsed, "Monday").relation()).isEqualTo("obl");
    assertThat(parsed.words()).extracting(Word::form).containsExactly(
        "Iran", "'s", "foreign", "minister", "met", "the", "Syrian", "president", "in", "Damascus", "on", "Monday", ".");
  }

  @Test
  void theBareVerbOfAMandativeClauseIsAVerb() {
    // the tagger reads "Washington supply" as one noun phrase, leaving the clause without a verb
    String text = "Izetbegovic demanded on Wednesday that Washington supply his forces with heavy weapons.";
    ParsedSentence parsed = parser.parse(new Sentence("d", 0, 0, text.length(), text));
    Word supply = word(parsed, "supply");
    assertThat(supply.pos()).isEqualTo("VB");
    assertThat(word(parsed, "Washington").head()).isEqualTo(supply.index());
    assertThat(word(parsed, "Washington").relation()).isEqualTo("nsubj");
    assertThat(word(parsed, "forces").head()).isEqualTo(supply.index());
    // so is it when the tagger reads "that" as a relative pronoun
    String relative = "Russia demanded on Wednesday that Ukraine honour its commitments on joint use of the naval bases.";
    ParsedSentence honoured = parser.parse(new Sentence("d", 0, 0, relative.length(), relative));
    Word honour = word(honoured, "honour");
    assertThat(honour.pos()).isEqualTo("VB");
    assertThat(word(honoured, "Ukraine").head()).isEqualTo(honour.index());
    assertThat(word(honoured, "commitments").head()).isEqualTo(honour.index());
    // a "that" clause with a verb of its own keeps its tags
    String told = "Iran said that the shipments supply its forces.";
    assertThat(word(parser.parse(new Sentence("d", 0, 0, told.length(), told)), "shipments").pos()).isEqualTo("NNS");
  }

  @Test
  void aThatClauseWhoseVerbFollowsACommaDelimitedConditionHasItsVerb() {
    String text = "Economists said that a U.S. decision to slap tariffs on Canadian softwood lumber, if it came,"
        + " could cost thousands of jobs.";
    ParsedSentence parsed = parser.parse(new Sentence("d", 0, 0, text.length(), text));
    assertThat(word(parsed, "lumber").pos()).startsWith("NN");
    assertThat(word(parsed, "cost").pos()).startsWith("VB");
  }

  @Test
  void theWordAfterAModalInAClauseWithoutAVerbIsTheVerb() {
    // the tagger reads "back" in "would back Germany's bid" as an adverb and "bid" as the verb
    String text = "France said on Wednesday it would back Germany's bid for a permanent seat on the Security Council.";
    ParsedSentence parsed = parser.parse(new Sentence("d", 0, 0, text.length(), text));
    Word back = word(parsed, "back");
    assertThat(back.pos()).isEqualTo("VB");
    assertThat(word(parsed, "bid").head()).isEqualTo(back.index());
    assertThat(word(parsed, "bid").relation()).isEqualTo("obj");
    // an adverb a verb phrase allows after the modal is passed over, and a clause with a verb keeps its tags
    String kept = "France said it would not quickly back down.";
    assertThat(word(parser.parse(new Sentence("d", 0, 0, kept.length(), kept)), "quickly").pos()).isEqualTo("RB");
  }

  @Test
  void aSentenceWithoutAVerbGetsTheOneItsNounsHide() {
    // the tagger reads "gunman shot" as one noun phrase, leaving the sentence without a verb
    String text = "A Turkish gunman shot and seriously wounded Pope John Paul II in St Peter's Square on Wednesday.";
    ParsedSentence parsed = parser.parse(new Sentence("d", 0, 0, text.length(), text));
    Word shot = word(parsed, "shot");
    assertThat(shot.pos()).isEqualTo("VBD");
    assertThat(word(parsed, "gunman").head()).isEqualTo(shot.index());
    assertThat(word(parsed, "gunman").relation()).isEqualTo("nsubj");
  }

  @Test
  void aClosingAttributionTheParserTangledIsParsedApartAndJoined() {
    // read whole, "expel" hangs from "said" as an unattached word and the threat loses its object
    String text = "Cambodian co-Prime Minister Hun Sen threatened on Tuesday to expel the U.N. human rights office"
        + " from Phnom Penh when its mandate expires, government officials said.";
    ParsedSentence parsed = parser.parse(new Sentence("d", 0, 0, text.length(), text));
    Word said = word(parsed, "said");
    Word threatened = word(parsed, "threatened");
    assertThat(said.relation()).isEqualTo("root");
    assertThat(threatened.head()).isEqualTo(said.index());
    assertThat(threatened.relation()).isEqualTo("ccomp");
    assertThat(word(parsed, "expel").head()).isEqualTo(threatened.index());
    assertThat(word(parsed, "officials").head()).isEqualTo(said.index());
    assertThat(word(parsed, ",").head()).isEqualTo(said.index());
    assertThat(parsed.words().getLast().head()).isEqualTo(said.index());
    assertWordsMatch(parsed, text);
  }

  @Test
  void aClosingAttributionTheParserGotRightKeepsItsParse() {
    String text = "Iran attacked Iraq on Monday, officials said.";
    ParsedSentence parsed = parser.parse(new Sentence("d", 0, 0, text.length(), text));
    ParsedSentence own = new CoreNlpSentenceParser(false).parse(new Sentence("d", 0, 0, text.length(), text));
    assertThat(parsed.words()).isEqualTo(own.words());
  }

  @Test
  void formsKeepTheTextAsWritten() {
    String text = "He paid 1 1/2 \u201Cshekels\u201D for the caf\u00e9.";
    ParsedSentence parsed = parser.parse(new Sentence("d", 0, 0, text.length(), text));
    assertWordsMatch(parsed, text);
    assertThat(parsed.words()).extracting(Word::form).contains("1 1/2", "\u201C", "caf\u00e9");
  }

  @Test
  void overlongSentencesGetTagsButNoTree() {
    String text = "and ".repeat(CoreNlpSentenceParser.MAX_PARSED_TOKENS) + "they left.";
    ParsedSentence parsed = parser.parse(new Sentence("d", 0, 100, 100 + text.length(), text));
    assertThat(parsed.words()).hasSize(CoreNlpSentenceParser.MAX_PARSED_TOKENS + 3);
    assertThat(parsed.words()).allSatisfy(word -> {
      assertThat(word.head()).isZero();
      assertThat(word.relation()).isEqualTo(CoreNlpSentenceParser.UNPARSED);
    });
    assertThat(parsed.words().getLast().pos()).isEqualTo(".");
    assertThat(word(parsed, "left").lemma()).isEqualTo("leave");
  }

  @Test
  void aSentenceOfDebrisParsesToNoWords() {
    Sentence debris = new Sentence("d", 0, 4, 7, "\u0000\u0001\uD800");
    assertThat(parser.parse(debris).words()).isEmpty();
  }

  private static Word word(ParsedSentence parsed, String form) {
    return parsed.words().stream().filter(word -> word.form().equals(form)).findFirst().orElseThrow();
  }

  private static void assertSpansMatch(List<Sentence> sentences, String text, String doc) {
    int previousEnd = 0;
    for (int i = 0; i < sentences.size(); i++) {
      Sentence sentence = sentences.get(i);
      assertThat(sentence.doc()).isEqualTo(doc);
      assertThat(sentence.index()).isEqualTo(i);
      assertThat(sentence.start()).isGreaterThanOrEqualTo(previousEnd);
      assertThat(sentence.text()).isEqualTo(text.substring(sentence.start(), sentence.end())).isNotBlank();
      previousEnd = sentence.end();
    }
  }

  private static void assertWordsMatch(ParsedSentence parsed, String text) {
    for (Word word : parsed.words()) {
      assertThat(word.start()).isGreaterThanOrEqualTo(parsed.sentence().start());
      assertThat(word.end()).isLessThanOrEqualTo(parsed.sentence().end());
      if (word.end() > word.start()) {
        assertThat(text.substring(word.start(), word.end())).isEqualTo(word.form());
      }
      assertThat(word.head()).isBetween(0, parsed.words().size());
    }
  }
}
