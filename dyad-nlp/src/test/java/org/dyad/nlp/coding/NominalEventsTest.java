package org.dyad.nlp.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.nlp.coding.TinyParse.mention;
import static org.dyad.nlp.coding.TinyParse.parse;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dyad.core.event.CameoOntology;
import org.dyad.core.event.Event;
import org.dyad.core.nlp.Mention;
import org.dyad.core.nlp.ParsedSentence;
import org.dyad.nlp.verbs.EventCodes;
import org.dyad.nlp.verbs.EventNouns;
import org.dyad.nlp.verbs.VerbBlock;
import org.dyad.nlp.verbs.VerbDictionary;
import org.dyad.nlp.verbs.VerbEntry;
import org.junit.jupiter.api.Test;

/** Events named by a noun alone: "Israel's invasion of Lebanon", "US sanctions against Iran". */
class NominalEventsTest {

  private static final LocalDate DAY = LocalDate.of(2026, 11, 25);
  private static final String INVASION =
      "Israel/NNP/3/nmod:poss 's/POS/1/case invasion/NN/6/nsubj of/IN/5/case Lebanon/NNP/3/nmod began:begin/VBD/0/root";

  private static final VerbDictionary VERBS = new VerbDictionary(Map.of(), List.of(
      new VerbBlock("CRITICIZE", EventCodes.of("111"), List.of(new VerbEntry("CONDEMN", List.of(), Set.of(), null, 1)),
          List.of(), 1)), List.of());

  private static EventNouns nouns() throws IOException {
    return EventNouns.read("nouns.txt", new StringReader("""
        INVASION  [192] (OF INTO)
        SANCTION  [163] (ON AGAINST)
        RIOT      [145] (AGAINST)   # a crowd's violent protest
        """)).dictionary();
  }

  /** The events coded on {@code tokens} (see {@link TinyParse}) with mentions written "words=CODE". */
  private static List<String> code(String tokens, String... mentions) throws IOException {
    ParsedSentence parsed = parse(tokens);
    List<Mention> resolved = TinyParse.mentions(parsed, mentions);
    DependencyEventCoder coder = new DependencyEventCoder(VERBS, CameoOntology.cameo()).withNouns(nouns());
    return coder.code(parsed, resolved, DAY).stream()
        .map(e -> e.source().code() + ">" + e.target().code() + ":" + e.code()).toList();
  }

  @Test
  void aNounPhraseHoldingBothActorsIsAnEvent() throws IOException {
    assertThat(code("Israel/NNP/3/nmod:poss 's/POS/1/case invasion/NN/6/nsubj of/IN/5/case"
        + " Lebanon/NNP/3/nmod began:begin/VBD/0/root ././6/punct", "Israel=ISR", "Lebanon=LBN"))
        .containsExactly("ISR>LBN:192");
    assertThat(code("US/NNP/2/compound sanctions:sanction/NNS/5/nsubj against/IN/4/case"
        + " Iran/NNP/2/nmod took:take/VBD/0/root effect/NN/5/obj", "US=USA", "Iran=IRN"))
        .containsExactly("USA>IRN:163");
    assertThat(code("Palestinian/JJ/2/amod riots:riot/NNS/6/nsubj against/IN/4/case"
        + " Israel/NNP/2/nmod are:be/VBP/6/aux continuing:continue/VBG/0/root", "Palestinian=PSE", "Israel=ISR"))
        .containsExactly("PSE>ISR:145");
  }

  @Test
  void aVerbOfCarryingOnOrANounOfMannerGivesTheVerbsSubjectAsTheSource() throws IOException {
    assertThat(code("Russia/NNP/2/nsubj continued:continue/VBD/0/root its/PRP$/4/nmod:poss"
        + " invasion/NN/2/obj of/IN/6/case Ukraine/NNP/4/nmod", "Russia=RUS", "Ukraine=UKR")).containsExactly("RUS>UKR:192");
    assertThat(code("Russia/NNP/2/nsubj ended:end/VBD/0/root its/PRP$/4/nmod:poss"
        + " invasion/NN/2/obj of/IN/6/case Ukraine/NNP/4/nmod", "Russia=RUS", "Ukraine=UKR")).isEmpty();
    // a noun of manner, "Palestinians marched in riot against Israel": the spirit in which the subject acted
    assertThat(code("Palestinians/NNPS/2/nsubj marched:march/VBD/0/root in/IN/4/case riot/NN/2/obl against/IN/6/case"
        + " Israel/NNP/4/nmod", "Palestinians=PSE", "Israel=ISR")).containsExactly("PSE>ISR:145");
    // the subject of the verb the manner's verb completes: "Palestinians vowed to march in riot against Israel"
    assertThat(code("Palestinians/NNPS/2/nsubj vowed:vow/VBD/0/root to/TO/4/mark march/VB/2/xcomp in/IN/6/case"
        + " riot/NN/4/obl against/IN/8/case Israel/NNP/6/nmod", "Palestinians=PSE", "Israel=ISR")).containsExactly("PSE>ISR:145");
    // the parser may hang it on another of the verb's phrases: "marched to the square in riot against Israel"
    assertThat(code("Palestinians/NNPS/2/nsubj marched:march/VBD/0/root to/IN/4/case square/NN/2/obl in/IN/6/case"
        + " riot/NN/4/nmod against/IN/8/case Israel/NNP/6/nmod", "Palestinians=PSE", "Israel=ISR")).containsExactly("PSE>ISR:145");
    // a reason cited was reported before: "Syria left, citing Israel's invasion of Lebanon"
    assertThat(code("Syria/NNP/2/nsubj left:leave/VBD/0/root citing:cite/VBG/2/advcl Israel/NNP/6/nmod:poss 's/POS/4/case"
        + " invasion/NN/3/obj of/IN/8/case Lebanon/NNP/6/nmod", "Syria=SYR", "Israel=ISR", "Lebanon=LBN")).isEmpty();
    // only "in": "marched after the riot against Israel" says when, not who
    assertThat(code("Palestinians/NNPS/2/nsubj marched:march/VBD/0/root after/IN/5/case the/DT/5/det riot/NN/2/obl"
        + " against/IN/7/case Israel/NNP/5/nmod", "Palestinians=PSE", "Israel=ISR")).isEmpty();
  }

  @Test
  void theTargetMustStandAfterAPrepositionTheNounLists() throws IOException {
    assertThat(code("US/NNP/2/compound sanctions:sanction/NNS/5/nsubj in/IN/4/case"
        + " Iran/NNP/2/nmod took:take/VBD/0/root effect/NN/5/obj", "US=USA", "Iran=IRN")).isEmpty();
  }

  @Test
  void aClauseAlreadyCodedByItsVerbKeepsOnlyTheVerbsEvent() throws IOException {
    assertThat(code("Iran/NNP/2/nsubj condemned:condemn/VBD/0/root Iraq/NNP/5/nmod:poss 's/POS/3/case"
        + " invasion/NN/2/obj of/IN/7/case Kuwait/NNP/5/nmod", "Iran=IRN", "Iraq=IRQ", "Kuwait=KWT"))
        .containsExactly("IRN>IRQ:111");
  }

  @Test
  void anActNotDoneIsNotAnEvent() throws IOException {
    assertThat(code("a/DT/4/det possible/JJ/4/amod Iraqi/JJ/4/amod invasion/NN/7/nsubj of/IN/6/case"
        + " Kuwait/NNP/4/nmod worried:worry/VBD/0/root", "Iraqi=IRQ", "Kuwait=KWT")).isEmpty();
    assertThat(code("the/DT/2/det threat/NN/8/nsubj of/IN/5/case an/DT/5/det Iraqi/JJ/5/amod"
        + " invasion:invasion/NN/2/nmod of/IN/7/case Kuwait/NNP/5/nmod grew:grow/VBD/0/root", "Iraqi=IRQ", "Kuwait=KWT")).isEmpty();
    assertThat(code("no/DT/3/det Iraqi/JJ/3/amod invasion/NN/6/nsubj of/IN/5/case Kuwait/NNP/3/nmod"
        + " followed:follow/VBD/0/root", "Iraqi=IRQ", "Kuwait=KWT")).isEmpty();
  }

  @Test
  void theEventCarriesTheNounAsItsWordsAndNamesItsRule() throws IOException {
    ParsedSentence parsed = parse(INVASION);
    Event event = new DependencyEventCoder(VERBS, CameoOntology.cameo()).withNouns(nouns())
        .code(parsed, List.of(mention(parsed, "Israel", "ISR"), mention(parsed, "Lebanon", "LBN")), DAY).get(0);
    assertThat(event.verb().text()).isEqualTo("invasion");
    assertThat(event.rule()).isEqualTo("noun: INVASION [192]");
    assertThat(event.goldstein()).isEqualTo(-9.5); // CAMEO 192, occupy territory
  }

  @Test
  void withoutEventNounsOnlyVerbsAreCoded() {
    ParsedSentence parsed = parse(INVASION);
    assertThat(new DependencyEventCoder(VERBS, CameoOntology.cameo())
        .code(parsed, List.of(mention(parsed, "Israel", "ISR"), mention(parsed, "Lebanon", "LBN")), DAY)).isEmpty();
  }

  @Test
  void malformedNounLinesAreSkippedWithAWarningNamingTheLine() throws IOException {
    var read = EventNouns.read("nouns.txt", new StringReader("""
        INVASION [192] (OF)
        SIEGE 191 (OF)
        BLOCKADE [---] (OF)
        INVASION [190] (INTO)
        """));
    assertThat(read.dictionary().size()).isEqualTo(1);
    assertThat(read.dictionary().find("INVASION").orElseThrow().code()).isEqualTo("192");
    assertThat(read.warnings()).extracting(w -> w.lineNumber()).containsExactly(2, 3, 4);
    assertThat(read.warnings().get(0).toString()).startsWith("nouns.txt:2: an event noun line is");
  }

  @Test
  void dyadsOwnEventNounsReadWithoutWarnings() throws IOException {
    var read = EventNouns.defaults();
    assertThat(read.warnings()).isEmpty();
    assertThat(read.dictionary().find("SANCTION").orElseThrow().targetPrepositions()).contains("AGAINST", "ON");
    for (String noun : List.of("INVASION", "RIOT", "VISIT", "WITHDRAWAL")) {
      String code = read.dictionary().find(noun).orElseThrow().code();
      assertThat(CameoOntology.cameo().find(code)).as(noun + " " + code).isPresent();
    }
  }
}
