package org.dyad.nlp.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.nlp.coding.TinyParse.parse;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.dyad.core.event.CameoOntology;
import org.dyad.core.nlp.ParsedSentence;
import org.dyad.nlp.verbs.PetrarchVerbReader;
import org.dyad.nlp.verbs.VerbDictionary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A compound actor that is both source and target ({@code %}): which coordinations make one, how a
 * pattern asking for it ranks against the block's other patterns, and where its events go.
 */
class CompoundActorTest {

  private static final LocalDate DAY = LocalDate.of(1990, 3, 7);

  private static final String VERBS = """
      ####### SYNONYM SETS #######
      &AGREEMENT
      +AGREEMENT
      +TREATY

      ####### VERB PATTERNS #######
      --- AGREE [030] ---
      AGREE
      - * SHARE INFORMATION   [0314]
      - * INVEST              [0311]
      - % *                   [030:030]

      --- LAUNCH [---] ---
      LAUNCH
      - * {WAR GAME} (WITH +) [062]
      - * {MILITARY EXERCISE} [150]
      - * {WAR GAME}          [150]
      - % * EXERCISE          [062:062]
      - % * {WAR GAME}        [062:062]

      --- SIGN [---] ---
      SIGN
      - * &AGREEMENT          [057]
      - % * &AGREEMENT        [057:057]

      --- RESUME [---] ---
      RESUME
      - * TALKS               [046]

      --- FAIL [---] ---
      FAIL
      - % * REACH &AGREEMENT  [120:120]
      """;

  private static DependencyEventCoder coder;

  @BeforeAll
  static void read() throws Exception {
    VerbDictionary verbs = PetrarchVerbReader.read("test.verbs", new StringReader(VERBS)).dictionary();
    coder = new DependencyEventCoder(verbs, CameoOntology.cameo());
  }

  private static List<String> code(String tokens, String... mentions) {
    ParsedSentence parsed = parse(tokens);
    return coder.code(parsed, TinyParse.mentions(parsed, mentions), DAY).stream()
        .map(e -> e.source().code() + ">" + e.target().code() + ":" + e.code()).toList();
  }

  @Test
  void adjectivesCoordinatedBeforeTheRoleAreACompoundSubject() {
    // "Senior Hungarian and Romanian officials agreed": one noun, two states naming it
    assertThat(code("Senior/JJ/5/amod Hungarian/JJ/5/amod and/CC/4/cc Romanian/JJ/2/conj officials:official/NNS/6/nsubj"
        + " agreed:agree/VBD/0/root", "Hungarian=HUNGOV", "Romanian officials=ROUGOV"))
        .containsExactlyInAnyOrder("HUNGOV>ROUGOV:030", "ROUGOV>HUNGOV:030");
  }

  @Test
  void intentsToCooperateOnIntelligenceAreMutual() {
    // the narrower pattern wins and keeps the compound subject's mutual reading
    assertThat(code("Turks:turk/NNPS/4/nsubj and/CC/3/cc Greeks:greek/NNPS/1/conj agreed:agree/VBD/0/root to/TO/6/mark"
        + " share/VB/4/xcomp information/NN/6/obj", "Turks=TUR", "Greeks=GRC"))
        .containsExactlyInAnyOrder("TUR>GRC:0314", "GRC>TUR:0314");
  }

  @Test
  void aCompoundSubjectCountsAsAnElementOfThePattern() {
    // "% * EXERCISE" is as specific as "* {MILITARY EXERCISE}" and places the actors where the other
    // places none: joint exercises
    assertThat(code("France/NNP/4/nsubj and/CC/3/cc Egypt/NNP/1/conj launched:launch/VBD/0/root military/JJ/6/amod"
        + " exercises:exercise/NNS/4/obj", "France=FRA", "Egypt=EGY"))
        .containsExactlyInAnyOrder("FRA>EGY:062", "EGY>FRA:062");
    // and "% * {WAR GAME}" is more specific than "* {WAR GAME}"
    assertThat(code("France/NNP/4/nsubj and/CC/3/cc Egypt/NNP/1/conj launched:launch/VBD/0/root war/NN/6/compound"
        + " games:game/NNS/4/obj", "France=FRA", "Egypt=EGY"))
        .containsExactlyInAnyOrder("FRA>EGY:062", "EGY>FRA:062");
    // a pattern placing a target beats one as specific asking for the compound: games with Italy
    assertThat(code("France/NNP/4/nsubj and/CC/3/cc Egypt/NNP/1/conj launched:launch/VBD/0/root war/NN/6/compound"
        + " games:game/NNS/4/obj with/IN/8/case Italy/NNP/4/obl", "France=FRA", "Egypt=EGY", "Italy=ITA"))
        .containsExactlyInAnyOrder("FRA>ITA:062", "EGY>ITA:062");
  }

  @Test
  void nounsCoordinatedAfterTheVerbDoNotMakeACompoundPatternMoreSpecific() {
    // "Tehran agreed to invest in a refinery and a cement factory": the verb's own code, not "% *"
    assertThat(code("Tehran/NNP/2/nsubj agreed:agree/VBD/0/root to/TO/4/mark invest/VB/2/xcomp in/IN/7/case Syrian/JJ/7/amod"
        + " refinery/NN/4/obl and/CC/10/cc cement/NN/10/compound factory/NN/7/conj", "Tehran=IRN", "Syrian=SYR"))
        .containsExactly("IRN>SYR:0311");
  }

  @Test
  void commonNounsCoordinatedAfterTheVerbAreNoCompoundActor() {
    // "Australia agreed on exercises and training with Indonesia": Australia's agreement, one way
    assertThat(code("Australia/NNP/2/nsubj agreed:agree/VBD/0/root on/IN/4/case exercises:exercise/NNS/2/obl and/CC/6/cc"
        + " training/NN/4/conj with/IN/8/case Indonesia/NNP/2/obl", "Australia=AUS", "Indonesia=IDN"))
        .containsExactly("AUS>IDN:030");
    // names coordinated after it make the compound: "agreed with Gondor and Arnor" binds Rohan and each, both ways
    assertThat(code("Rohan/NNP/2/nsubj agreed:agree/VBD/0/root with/IN/4/case Gondor/NNP/2/obl and/CC/6/cc Arnor/NNP/4/conj",
        "Rohan=ROH", "Gondor=GON", "Arnor=ARN"))
        .containsExactlyInAnyOrder("ROH>GON:030", "GON>ROH:030", "ROH>ARN:030", "ARN>ROH:030");
  }

  @Test
  void namesCoordinatedAfterTheVerbWithoutAPartnerPrepositionAreTargetsOnly() {
    // "Sudan agreed to Chad and Libya": Sudan's agreement with each, not theirs with Sudan
    assertThat(code("Sudan/NNP/2/nsubj agreed:agree/VBD/0/root to/IN/4/case Chad/NNP/2/obl and/CC/6/cc Libya/NNP/4/conj",
        "Sudan=SDN", "Chad=TCD", "Libya=LBY"))
        .containsExactlyInAnyOrder("SDN>TCD:030", "SDN>LBY:030");
  }

  @Test
  void aPlaceInTheObjectIsNoPartnerOfACompoundSubject() {
    // "Ecuador and Peru signed a treaty in Brasilia": the treaty is between them
    assertThat(code("Ecuador/NNP/4/nsubj and/CC/3/cc Peru/NNP/1/conj signed:sign/VBD/0/root a/DT/6/det treaty/NN/4/obj"
        + " in/IN/8/case Brasilia/NNP/6/nmod", "Ecuador=ECU", "Peru=PER", "Brasilia=BRA"))
        .containsExactlyInAnyOrder("ECU>PER:057", "PER>ECU:057");
  }

  @Test
  void aCompoundSubjectActingOnItselfTakesNoOtherTarget() {
    // "Palestinians and Israelis failed to reach agreement on the fate of Palestinian offices"
    assertThat(code("Palestinians:palestinian/NNPS/4/nsubj and/CC/3/cc Israelis:israeli/NNPS/1/conj failed:fail/VBD/0/root"
        + " to/TO/6/mark reach/VB/4/xcomp agreement/NN/6/obj on/IN/10/case the/DT/10/det fate/NN/6/obl of/IN/13/case"
        + " Palestinian/JJ/13/amod offices:office/NNS/10/nmod",
        "Palestinians=PSECVL", "Israelis=ISRCVL", "Palestinian=PSE"))
        .containsExactlyInAnyOrder("PSECVL>ISRCVL:120", "ISRCVL>PSECVL:120");
  }

  @Test
  void aTrailingSpeakerReadAsAnAppositionIsNoTarget() {
    // "…agreed to share information on people, a UN official said": the parser hung the official on
    // "people" and "said" on "agreed"; the official reports the agreement and takes no part in it
    assertThat(code("Turks:turk/NNPS/4/nsubj and/CC/3/cc Greeks:greek/NNPS/1/conj agreed:agree/VBD/0/root to/TO/6/mark"
        + " share/VB/4/xcomp information/NN/6/obj on/IN/9/case people:person/NNS/6/obl ,/,/9/punct a/DT/13/det"
        + " UN/NNP/13/compound official/NN/9/appos said:say/VBD/4/advmod", "Turks=TUR", "Greeks=GRC", "UN official=IGOUNO"))
        .containsExactlyInAnyOrder("TUR>GRC:0314", "GRC>TUR:0314");
  }

  @Test
  void partiesToAMutualActMeetEachOtherNotThePlaceTheyMeetIn() {
    String tokens = "Gondor/NNP/4/nsubj and/CC/3/cc Arnor/NNP/1/conj resumed:resume/VBD/0/root talks:talk/NNS/4/obj"
        + " in/IN/7/case Rohan/NNP/4/obl";
    assertThat(code(tokens, "Gondor=GON", "Arnor=ARN", "Rohan=ROH")).containsExactlyInAnyOrder("GON>ARN:046", "ARN>GON:046");
    // one party alone: the place is all the sentence names
    assertThat(code("Gondor/NNP/2/nsubj resumed:resume/VBD/0/root talks:talk/NNS/2/obj in/IN/5/case Rohan/NNP/2/obl",
        "Gondor=GON", "Rohan=ROH")).containsExactly("GON>ROH:046");
  }

  @Test
  void partiesToAMutualActMeetEachOtherNotTheSponsorOfTheirTalks() {
    // "Tajik government and opposition negotiators opened U.N.-sponsored peace talks"
    String coordinated = "Gondor/NNP/5/nsubj and/CC/3/cc Arnor/NNP/1/conj negotiators:negotiator/NNS/5/nsubj"
        + " resumed:resume/VBD/0/root UN/NNP/8/obl -/HYPH/8/punct sponsored:sponsor/VBN/9/amod talks:talk/NNS/5/obj";
    assertThat(code(coordinated, "Gondor=GON", "Arnor=ARN", "UN=IGOUNO"))
        .containsExactlyInAnyOrder("GON>ARN:046", "ARN>GON:046");
    // one party alone: the sponsor is all the sentence names
    String alone = "Gondor/NNP/2/nsubj resumed:resume/VBD/0/root UN/NNP/5/obl -/HYPH/5/punct sponsored:sponsor/VBN/6/amod"
        + " talks:talk/NNS/2/obj";
    assertThat(code(alone, "Gondor=GON", "UN=IGOUNO"))
        .containsExactly("GON>IGOUNO:046");
  }

  @Test
  void wordsCoordinatedInsideAModifyingMentionAreEachAParty() {
    // "Salvadoran government and FMLN rebel negotiators resumed peace talks": the first mention found is
    // "Salvadoran government", whose second word carries "and FMLN"
    String tokens = "Gondorian/JJ/6/amod government/NN/6/compound and/CC/4/cc Arnor/NNP/2/conj rebel/NN/6/compound"
        + " negotiators:negotiator/NNS/7/nsubj resumed:resume/VBD/0/root talks:talk/NNS/7/obj";
    assertThat(code(tokens, "Gondorian government=GONGOV", "Arnor rebel=ARNREB"))
        .containsExactlyInAnyOrder("GONGOV>ARNREB:046", "ARNREB>GONGOV:046");
  }
}
