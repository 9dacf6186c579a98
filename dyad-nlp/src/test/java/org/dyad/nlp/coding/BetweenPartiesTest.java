package org.dyad.nlp.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.nlp.coding.TinyParse.parse;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dyad.core.event.CameoOntology;
import org.dyad.core.nlp.Mention;
import org.dyad.core.nlp.ParsedSentence;
import org.dyad.nlp.verbs.PetrarchVerbReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The parties a phrase "between" names are each a target ({@link BetweenParties}). */
class BetweenPartiesTest {

  private static final LocalDate DAY = LocalDate.of(2007, 6, 18);

  private static final String VERBS = """
      ####### VERB PATTERNS #######
      --- OFFER [---] ---
      OFFER
      - * MEDIATE             [039]

      --- OPEN [---] ---
      OPEN
      - * TALKS               [040]

      --- MEDIATE [045] ---
      MEDIATE
      - * (BETWEEN +)         [045]
      - * TALKS               [045]
      """;

  private static DependencyEventCoder coder;

  @BeforeAll
  static void read() throws Exception {
    coder = new DependencyEventCoder(PetrarchVerbReader.read("test.verbs", new StringReader(VERBS)).dictionary(),
        CameoOntology.cameo());
  }

  private static List<String> code(ParsedSentence parsed, List<Mention> mentions) {
    return TinyParse.triples(coder.code(parsed, mentions, DAY));
  }

  @Test
  void talksBetweenTwoPartiesAreWithEachEvenWhenTheParserHangsTheSecondOnTheFirst() {
    // "Annan opened talks between the government of President Kibaki and Odinga's opposition": the
    // parser makes the opposition a conjunct of Kibaki, inside the first party's phrase
    ParsedSentence parsed = parse("Annan/NNP/2/nsubj opened:open/VBD/0/root talks:talk/NNS/2/obj between/IN/6/case"
        + " the/DT/6/det government/NN/3/nmod of/IN/9/case President/NNP/9/compound Kibaki/NNP/6/nmod and/CC/13/cc"
        + " Odinga/NNP/13/nmod:poss 's/POS/11/case opposition/NN/9/conj");
    List<Mention> mentions = TinyParse.mentions(parsed, "Annan=IGOAFRAFU", "government=KENGOV",
        "President Kibaki=KENGOV", "Odinga 's opposition=KENOPP");
    assertThat(code(parsed, mentions)).containsExactly("IGOAFRAFU>KENGOV:040", "IGOAFRAFU>KENOPP:040");
  }

  @Test
  void theOfferOfAnActIsAimedAtThePhraseTheActsPatternMarks() {
    // "Egypt offered to mediate between the rival Palestinian movements Hamas and Fatah": the offer is to
    // the parties of the mediation, not to the first actor after the verb (the adjective "Palestinian")
    ParsedSentence parsed = parse("Egypt/NNP/2/nsubj offered:offer/VBD/0/root to/TO/4/mark mediate/VB/2/xcomp"
        + " between/IN/9/case the/DT/9/det rival/JJ/9/amod Palestinian/JJ/9/amod movements:movement/NNS/4/obl"
        + " Hamas/NNP/9/dep and/CC/12/cc Fatah/NNP/10/conj");
    List<Mention> mentions = TinyParse.mentions(parsed, "Egypt=EGY", "Palestinian=PSE", "Hamas=PSEREBHMS", "Fatah=PSEREB");
    assertThat(code(parsed, mentions)).containsExactly("EGY>PSEREBHMS:039", "EGY>PSEREB:039");
  }

  @Test
  void aPlaceInsideThePhraseIsNoParty() {
    // "mediated talks between the Sri Lankan government and rebels in Colombo"
    ParsedSentence parsed = parse("Norwegian/JJ/2/amod diplomats:diplomat/NNS/3/nsubj mediated:mediate/VBD/0/root"
        + " talks:talk/NNS/3/obj between/IN/9/case the/DT/9/det Sri/NNP/8/compound Lankan/JJ/9/amod"
        + " government/NN/4/nmod and/CC/11/cc rebels:rebel/NNS/9/conj in/IN/13/case Colombo/NNP/11/nmod");
    List<Mention> mentions = TinyParse.mentions(parsed, "Norwegian diplomats=NORGOV", "Sri Lankan government=LKAGOV",
        "Colombo=LKA");
    assertThat(code(parsed, mentions)).containsExactly("NORGOV>LKAGOV:045");
    List<Mention> rebels = new ArrayList<>(mentions);
    rebels.add(TinyParse.mention(parsed, "rebels", "LKAREB"));
    assertThat(code(parsed, rebels)).containsExactly("NORGOV>LKAGOV:045", "NORGOV>LKAREB:045");
  }

  @Test
  void twoPeopleOfOneCodeAreTwoParties() {
    // "Thailand offered to mediate between Hun Sen and Prince Ranariddh": both Cambodia's government
    ParsedSentence parsed = parse("Thailand/NNP/2/nsubj offered:offer/VBD/0/root to/TO/4/mark mediate/VB/2/xcomp"
        + " between/IN/7/case Hun/NNP/7/compound Sen/NNP/4/obl and/CC/10/cc Prince/NNP/10/compound"
        + " Ranariddh/NNP/7/conj");
    List<Mention> mentions = new ArrayList<>(TinyParse.mentions(parsed, "Thailand=THA"));
    mentions.add(person(parsed, "Hun Sen", "Hun Sen"));
    mentions.add(person(parsed, "Prince Ranariddh", "Norodom Ranariddh"));
    assertThat(code(parsed, mentions)).containsExactly("THA>KHMGOV:039", "THA>KHMGOV:039");
    // one person named twice is one party
    List<Mention> once = new ArrayList<>(TinyParse.mentions(parsed, "Thailand=THA"));
    once.add(person(parsed, "Hun Sen", "Hun Sen"));
    once.add(person(parsed, "Prince Ranariddh", "Hun Sen"));
    assertThat(code(parsed, once)).containsExactly("THA>KHMGOV:039");
  }

  private static Mention person(ParsedSentence parsed, String words, String person) {
    Mention m = TinyParse.mention(parsed, words, "KHMGOV");
    return new Mention(m.doc(), m.sentence(), m.start(), m.end(), m.text(), m.code(), m.actor(), person, "person");
  }
}
