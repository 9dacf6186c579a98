package org.dyad.nlp.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.nlp.coding.TinyDictionary.block;
import static org.dyad.nlp.coding.TinyParse.parse;

import java.time.LocalDate;
import java.util.List;
import org.dyad.core.event.CameoOntology;
import org.dyad.core.event.Event;
import org.dyad.core.nlp.ParsedSentence;
import org.dyad.nlp.verbs.VerbDictionary;
import org.junit.jupiter.api.Test;

/**
 * A state's acts on its own people named by no dictionary ({@link DomesticTargets}): coded on the
 * state when the sentence names no other state and has no event of its own, one act a sentence.
 */
class DomesticTargetsTest {

  private static final LocalDate DAY = LocalDate.of(2026, 11, 30);

  private static final VerbDictionary DICTIONARY = TinyDictionary.of(
      block("KIDNAP", "181", 1), block("ATTACK", "190", 2), block("BRAND", "111", 3), block("BAN", "1722", 4),
      block("DEMAND", "100", 5), block("SAY", "010", 6), block("LIFT", "0814", 7), block("KILL", "190", 8),
      block("TELL", "010", 9), block("VOW", "130", 10), block("STRIKE", "143", 11));

  private final DependencyEventCoder coder = new DependencyEventCoder(DICTIONARY, CameoOntology.cameo());

  private List<Event> events(DependencyEventCoder with, String tokens, String... mentions) {
    return TinyParse.events(with, tokens, DAY, mentions);
  }

  private List<String> code(String tokens, String... mentions) {
    return TinyParse.triples(events(coder, tokens, mentions));
  }

  private static final String KIDNAPPED = "ETA/NNP/2/nsubj kidnapped:kidnap/VBD/0/root a/DT/5/det Popular/NNP/5/compound"
      + " councillor/NN/2/obj ,/,/8/punct Spanish/JJ/8/amod police/NNS/9/nsubj said:say/VBD/2/parataxis";

  @Test
  void anActOnSomeoneNoDictionaryNamesIsOnTheSourcesOwnState() {
    List<Event> events = events(coder, KIDNAPPED, "ETA=ESPREB", "Spanish police=ESPCOP");
    assertThat(events).extracting(e -> e.source().code() + ">" + e.target().code() + ":" + e.code())
        .containsExactly("ESPREB>ESP:181");
    // the target stands at the words naming whom the act was on; the rule says it is implied
    assertThat(events.getFirst().target().text()).isEqualTo("a Popular councillor");
    assertThat(events.getFirst().rule()).endsWith("; own country (unnamed target)");
    assertThat(events.getFirst().confidence()).isLessThan(0.75);
  }

  @Test
  void noOwnStateWhenTheSentenceNamesAnotherOrTheSourceIsNoStates() {
    assertThat(code(KIDNAPPED, "ETA=ESPREB", "Spanish police=FRACOP")).isEmpty();
    assertThat(code(KIDNAPPED, "ETA=IGOUNO", "Spanish police=IGOUNO")).isEmpty();
    assertThat(code(KIDNAPPED, "ETA=IMGMUSALQ", "Spanish police=IMGMUSALQ")).isEmpty();
  }

  @Test
  void noOwnStateWhenTheDocumentNamesAnotherWhomTheUnnamedMayBe() {
    // "... Iranians allowed the families to live with us": in a letter of al-Qaeda's, "the families" are its own
    ParsedSentence parsed = parse(KIDNAPPED);
    List<org.dyad.core.nlp.Mention> sentence = TinyParse.mentions(parsed, "ETA=ESPREB", "Spanish police=ESPCOP");
    List<org.dyad.core.nlp.Mention> document = new java.util.ArrayList<>(sentence);
    document.add(new org.dyad.core.nlp.Mention("doc", 3, 100, 104, "Paris", "FRA", "France", null, "phrase"));
    assertThat(coder.code(parsed, sentence, document, DAY)).isEmpty();
    assertThat(coder.code(parsed, sentence, sentence, DAY)).hasSize(1);
  }

  @Test
  void aSentenceWithAnEventOfItsOwnGetsNoImpliedOne() {
    // "ETA kidnapped a councillor and attacked Spanish police": the attack is coded, the kidnapping is not
    String tokens = "ETA/NNP/2/nsubj kidnapped:kidnap/VBD/0/root a/DT/4/det councillor/NN/2/obj and/CC/6/cc"
        + " attacked:attack/VBD/2/conj Spanish/JJ/8/amod police/NNS/6/obj";
    assertThat(code(tokens, "ETA=ESPREB", "Spanish police=ESPCOP")).containsExactly("ESPREB>ESPCOP:190");
  }

  @Test
  void aSentenceThatOnlySaysSomethingGetsTheActItReports() {
    // "Chinese authorities told Chinese students that police banned the movement": the telling, and the ban
    String told = "Chinese/JJ/2/amod authorities:authority/NNS/3/nsubj told:tell/VBD/0/root Chinese/JJ/5/amod"
        + " students:student/NNS/3/obj that/IN/8/mark police/NNS/8/nsubj banned:ban/VBD/3/ccomp the/DT/10/det"
        + " movement/NN/8/obj";
    assertThat(code(told, "Chinese authorities=CHNGOV", "Chinese students=CHNEDU", "police=CHNCOP"))
        .containsExactly("CHNGOV>CHNEDU:010", "CHNCOP>CHN:1722");
  }

  @Test
  void ofSeveralActsOnUnnamedTargetsOnlyTheOneNearestTheRootIsCoded() {
    // "China banned the movement, branding it an illegal organisation": the ban
    String tokens = "China/NNP/2/nsubj banned:ban/VBD/0/root the/DT/4/det movement/NN/2/obj ,/,/6/punct"
        + " branding:brand/VBG/2/advcl it/PRP/6/obj an/DT/10/det illegal/JJ/10/amod organisation/NN/6/xcomp";
    assertThat(code(tokens, "China=CHNGOV")).containsExactly("CHNGOV>CHN:1722");
    // the state itself acting acts on its people, ICEWS's "Citizen (China)"
    assertThat(code(tokens, "China=CHN")).containsExactly("CHN>CHNCVL:1722");
  }

  @Test
  void aStatementIsNoActOnTheState() {
    assertThat(code("Chinese/JJ/2/amod authorities:authority/NNS/3/nsubj said:say/VBD/0/root"
        + " nothing/NN/3/obj", "Chinese authorities=CHNGOV")).isEmpty();
  }

  @Test
  void someoneNoDictionaryNamesActingOnTheStateIsTheState() {
    // "Anti-apartheid groups demanded that the South African government lift the emergency"
    String demanded = "Anti-apartheid/JJ/2/amod groups:group/NNS/3/nsubj demanded:demand/VBD/0/root that/IN/9/mark"
        + " the/DT/8/det South/JJ/7/amod African/JJ/8/amod government/NN/9/nsubj lift/VB/3/ccomp the/DT/11/det"
        + " emergency/NN/9/obj";
    assertThat(code(demanded, "South African government=ZAFGOV")).containsExactly("ZAF>ZAFGOV:100");
    // but no one acts in a disaster: "a powerful earthquake killed hundreds of Indian villagers"
    assertThat(code("a/DT/3/det powerful/JJ/3/amod earthquake/NN/4/nsubj killed:kill/VBD/0/root"
        + " villagers:villager/NNS/4/obj", "villagers=INDCVL")).isEmpty();
    assertThat(code("a/DT/3/det powerful/JJ/3/amod group/NN/4/nsubj killed:kill/VBD/0/root"
        + " villagers:villager/NNS/4/obj", "villagers=INDCVL")).containsExactly("IND>INDCVL:190");
  }

  @Test
  void theUnnamedTargetMayBeTheObjectOfTheActsOpenComplement() {
    // "Ortega vowed to crush the protesters": the threat is on whom the complement acts
    assertThat(code("Ortega/NNP/2/nsubj vowed:vow/VBD/0/root to/TO/4/mark crush/VB/2/xcomp the/DT/6/det"
        + " protesters:protester/NNS/4/obj", "Ortega=NICGOV")).containsExactly("NICGOV>NIC:130");
  }

  @Test
  void theUnnamedTargetMayBeWhoIsToDoWhatADemandAsks() {
    // "the government demanded that the rebels lay down their arms"
    assertThat(code("government/NN/2/nsubj demanded:demand/VBD/0/root that/IN/6/mark the/DT/5/det rebels:rebel/NNS/6/nsubj"
        + " lay/VB/2/ccomp arms:arm/NNS/6/obj", "government=BDIGOV")).containsExactly("BDIGOV>BDI:100");
  }

  @Test
  void petrarchsPracticeCodesNoImpliedTargets() {
    DependencyEventCoder petrarch = new DependencyEventCoder(DICTIONARY, CameoOntology.cameo(), null, CodingConvention.PETRARCH);
    assertThat(events(petrarch, KIDNAPPED, "ETA=ESPREB", "Spanish police=ESPCOP")).isEmpty();
  }

  @Test
  void aPeoplesProtestNamingNoOneIsAgainstItsOwnStateButAnOrgansIsNot() {
    // "miners across Britain walked out": the target stands at the words naming the source
    List<Event> events = events(coder, "miners:miner/NNS/2/nsubj struck:strike/VBD/0/root", "miners=GBRLAB");
    assertThat(events).extracting(e -> e.source().code() + ">" + e.target().code() + ":" + e.code())
        .containsExactly("GBRLAB>GBR:143");
    assertThat(events.getFirst().rule()).endsWith("; own country (implied)");
    assertThat(code("soldiers:soldier/NNS/2/nsubj struck:strike/VBD/0/root", "soldiers=GBRMIL")).isEmpty();
    assertThat(code("unions:union/NNS/2/nsubj struck:strike/VBD/0/root", "unions=IGOLAB")).isEmpty();
  }
}
