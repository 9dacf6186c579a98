package org.dyad.nlp.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.nlp.coding.TinyParse.mention;
import static org.dyad.nlp.coding.TinyParse.parse;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.dyad.core.event.CameoOntology;
import org.dyad.core.event.Event;
import org.dyad.core.nlp.Mention;
import org.dyad.core.nlp.ParsedSentence;
import org.dyad.nlp.verbs.EventCodes;
import org.dyad.nlp.verbs.PatternElement;
import org.dyad.nlp.verbs.PatternElement.PrepositionalPhrase;
import org.dyad.nlp.verbs.PatternElement.Target;
import org.dyad.nlp.verbs.PatternElement.Word;
import org.dyad.nlp.verbs.Transformation;
import org.dyad.nlp.verbs.VerbBlock;
import org.dyad.nlp.verbs.VerbDictionary;
import org.dyad.nlp.verbs.VerbEntry;
import org.dyad.nlp.verbs.VerbPattern;
import org.junit.jupiter.api.Test;

class DependencyEventCoderTest {

  private static final LocalDate WEDNESDAY = LocalDate.of(2026, 11, 25);

  private static VerbEntry verb(String base, String... particles) {
    return new VerbEntry(base, List.of(particles), java.util.Set.of(), null, 1);
  }

  private static VerbPattern after(String code, PatternElement... elements) {
    return new VerbPattern(List.of(), List.of(elements), EventCodes.of(code), 1, "* " + List.of(elements));
  }

  private static final VerbDictionary DICTIONARY = new VerbDictionary(
      Map.of(),
      List.of(
          new VerbBlock("ATTACK", EventCodes.of("190"), List.of(verb("ATTACK")), List.of(), 1),
          new VerbBlock("SAY", EventCodes.of("010"), List.of(verb("SAY")), List.of(), 2),
          new VerbBlock("THREATEN", EventCodes.of("130"), List.of(verb("THREATEN")),
              List.of(after("138", new Word("ATTACK", false))), 3),
          new VerbBlock("SIGN", EventCodes.NONE, List.of(verb("SIGN")),
              List.of(after("057", new Word("AGREEMENT", false))), 4),
          new VerbBlock("IMPOSE", EventCodes.NONE, List.of(verb("IMPOSE")),
              List.of(after("163", new Word("SANCTIONS", false), new PrepositionalPhrase("ON", List.of(new Target())))), 5),
          new VerbBlock("VISIT", new EventCodes("042", "043"), List.of(verb("VISIT")), List.of(), 6),
          new VerbBlock("CALL", EventCodes.of("010"), List.of(verb("CALL")), List.of(), 7),
          new VerbBlock("CANCEL", EventCodes.of("160"), List.of(verb("CALL", "OFF")), List.of(), 8)),
      List.<Transformation>of());

  private final DependencyEventCoder coder = new DependencyEventCoder(DICTIONARY, CameoOntology.cameo());

  private List<String> code(ParsedSentence parsed, Mention... mentions) {
    return coder.code(parsed, List.of(mentions), WEDNESDAY).stream()
        .map(e -> e.source().code() + ">" + e.target().code() + ":" + e.code()).toList();
  }

  @Test
  void activeVerbCodesSubjectToObject() {
    ParsedSentence parsed = parse("Iran/NNP/2/nsubj attacked:attack/VBD/0/root Iraq/NNP/2/obj ././2/punct");
    List<Event> events = coder.code(parsed, List.of(mention(parsed, "Iran", "IRN"), mention(parsed, "Iraq", "IRQ")), WEDNESDAY);
    assertThat(events).hasSize(1);
    Event event = events.getFirst();
    assertThat(event.source().code()).isEqualTo("IRN");
    assertThat(event.target().code()).isEqualTo("IRQ");
    assertThat(event.code()).isEqualTo("190");
    assertThat(event.goldstein()).isEqualTo(-10.0);
    assertThat(event.quad()).isEqualTo(4);
    assertThat(event.verb().text()).isEqualTo("attacked");
    assertThat(event.verb().start()).isEqualTo(5);
    assertThat(event.date()).isEqualTo(WEDNESDAY);
    assertThat(event.rule()).contains("ATTACK");
    assertThat(event.id()).hasSize(16).isEqualTo(coder.code(parsed,
        List.of(mention(parsed, "Iran", "IRN"), mention(parsed, "Iraq", "IRQ")), WEDNESDAY).getFirst().id());
  }

  @Test
  void anInfinitivePurposeClauseNamesTheTargetTheVerbLacks() {
    ParsedSentence parsed = parse("Iran/NNP/2/nsubj signed:sign/VBD/0/root an/DT/4/det agreement/NN/2/obj to/TO/6/mark "
        + "supply:supply/VB/2/advcl Iraq/NNP/6/obj with/IN/9/case wheat/NN/6/obl");
    assertThat(code(parsed, mention(parsed, "Iran", "IRN"), mention(parsed, "Iraq", "IRQ"))).containsExactly("IRN>IRQ:057");
  }

  @Test
  void passiveVoiceTakesTheSourceFromTheByPhrase() {
    ParsedSentence parsed = parse(
        "Iraq/NNP/3/nsubj:pass was:be/VBD/3/aux:pass attacked:attack/VBN/0/root by/IN/5/case Iran/NNP/3/obl ././3/punct");
    assertThat(code(parsed, mention(parsed, "Iraq", "IRQ"), mention(parsed, "Iran", "IRN"))).containsExactly("IRN>IRQ:190");
  }

  @Test
  void universalDependenciesVersionOneLabelsWorkToo() {
    ParsedSentence parsed = parse(
        "Iraq/NNP/3/nsubjpass was:be/VBD/3/auxpass attacked:attack/VBN/0/root by/IN/5/case Iran/NNP/3/nmod ././3/punct");
    assertThat(code(parsed, mention(parsed, "Iraq", "IRQ"), mention(parsed, "Iran", "IRN"))).containsExactly("IRN>IRQ:190");
  }

  @Test
  void negatedVerbGivesNoEvent() {
    ParsedSentence parsed = parse(
        "Iran/NNP/4/nsubj did:do/VBD/4/aux not/RB/4/advmod attack/VB/0/root Iraq/NNP/4/obj ././4/punct");
    assertThat(code(parsed, mention(parsed, "Iran", "IRN"), mention(parsed, "Iraq", "IRQ"))).isEmpty();
  }

  @Test
  void unknownVerbGivesNoEventRatherThanADefaultCode() {
    ParsedSentence parsed = parse("Iran/NNP/2/nsubj admired:admire/VBD/0/root Iraq/NNP/2/obj ././2/punct");
    assertThat(code(parsed, mention(parsed, "Iran", "IRN"), mention(parsed, "Iraq", "IRQ"))).isEmpty();
  }

  @Test
  void reportedClauseIsCodedAndTheBareStatementIsNot() {
    ParsedSentence parsed = parse(
        "Israel/NNP/2/nsubj said:say/VBD/0/root Iran/NNP/4/nsubj attacked:attack/VBD/2/ccomp Iraq/NNP/4/obj ././2/punct");
    assertThat(code(parsed, mention(parsed, "Israel", "ISR"), mention(parsed, "Iran", "IRN"), mention(parsed, "Iraq", "IRQ")))
        .containsExactly("IRN>IRQ:190");
  }

  @Test
  void threatenedToAttackIsAThreatNotAnAttack() {
    ParsedSentence parsed = parse(
        "Iran/NNP/2/nsubj threatened:threaten/VBD/0/root to/TO/4/mark attack/VB/2/xcomp Iraq/NNP/4/obj ././2/punct");
    assertThat(code(parsed, mention(parsed, "Iran", "IRN"), mention(parsed, "Iraq", "IRQ"))).containsExactly("IRN>IRQ:138");
  }

  @Test
  void openComplementOfAnUnknownVerbTakesItsSubject() {
    ParsedSentence parsed = parse(
        "Iran/NNP/3/nsubj is:be/VBZ/3/cop about/JJ/0/root to/TO/5/mark attack/VB/3/xcomp Iraq/NNP/5/obj ././3/punct");
    assertThat(code(parsed, mention(parsed, "Iran", "IRN"), mention(parsed, "Iraq", "IRQ"))).containsExactly("IRN>IRQ:190");
  }

  @Test
  void coordinatedSubjectsOfAMutualCodeGiveBothDirections() {
    ParsedSentence parsed = parse(
        "Iran/NNP/4/nsubj and/CC/3/cc Syria/NNP/1/conj signed:sign/VBD/0/root an/DT/6/det agreement/NN/4/obj ././4/punct");
    assertThat(code(parsed, mention(parsed, "Iran", "IRN"), mention(parsed, "Syria", "SYR")))
        .containsExactlyInAnyOrder("IRN>SYR:057", "SYR>IRN:057");
  }

  @Test
  void coordinatedTargetsGiveOneEventEach() {
    ParsedSentence parsed = parse(
        "Iran/NNP/2/nsubj attacked:attack/VBD/0/root Iraq/NNP/2/obj and/CC/5/cc Kuwait/NNP/3/conj ././2/punct");
    assertThat(code(parsed, mention(parsed, "Iran", "IRN"), mention(parsed, "Iraq", "IRQ"), mention(parsed, "Kuwait", "KWT")))
        .containsExactly("IRN>IRQ:190", "IRN>KWT:190");
  }

  @Test
  void patternWithPrepositionalTargetCodesANominalEvent() {
    ParsedSentence parsed = parse(
        "The/DT/2/det US/NNP/3/nsubj imposed:impose/VBD/0/root sanctions:sanction/NNS/3/obj on/IN/6/case Iran/NNP/3/obl ././3/punct");
    List<Event> events = coder.code(parsed, List.of(mention(parsed, "The US", "USA"), mention(parsed, "Iran", "IRN")), WEDNESDAY);
    assertThat(events).extracting(Event::code).containsExactly("163");
    assertThat(events.getFirst().verb().text()).isEqualTo("imposed sanctions");
    assertThat(events.getFirst().rule()).contains("IMPOSE").contains("[163]");
  }

  @Test
  void pairedCodeAddsTheReciprocalEvent() {
    ParsedSentence parsed = parse("Iran/NNP/2/nsubj visited:visit/VBD/0/root Iraq/NNP/2/obj ././2/punct");
    assertThat(code(parsed, mention(parsed, "Iran", "IRN"), mention(parsed, "Iraq", "IRQ")))
        .containsExactly("IRN>IRQ:042", "IRQ>IRN:043");
  }

  @Test
  void phrasalVerbWinsOverItsBareVerb() {
    ParsedSentence parsed = parse(
        "Iran/NNP/2/nsubj called:call/VBD/0/root off/RP/2/compound:prt talks:talk/NNS/2/obj with/IN/6/case Iraq/NNP/2/obl ././2/punct");
    assertThat(code(parsed, mention(parsed, "Iran", "IRN"), mention(parsed, "Iraq", "IRQ"))).containsExactly("IRN>IRQ:160");
  }

  @Test
  void relativeDatesResolveAgainstTheDocumentDate() {
    ParsedSentence parsed = parse(
        "Iran/NNP/2/nsubj attacked:attack/VBD/0/root Iraq/NNP/2/obj on/IN/5/case Monday/NNP/2/obl ././2/punct");
    List<Event> events = coder.code(parsed, List.of(mention(parsed, "Iran", "IRN"), mention(parsed, "Iraq", "IRQ")), WEDNESDAY);
    assertThat(events.getFirst().date()).isEqualTo(LocalDate.of(2026, 11, 23));
    assertThat(events.getFirst().docDate()).isEqualTo(WEDNESDAY);
    ParsedSentence yesterday = parse("Iran/NNP/2/nsubj attacked:attack/VBD/0/root Iraq/NNP/2/obj yesterday/NN/2/obl:tmod ././2/punct");
    assertThat(coder.code(yesterday, List.of(mention(yesterday, "Iran", "IRN"), mention(yesterday, "Iraq", "IRQ")), WEDNESDAY)
        .getFirst().date()).isEqualTo(LocalDate.of(2026, 11, 24));
  }

  @Test
  void sameActorOnBothSidesGivesNothing() {
    ParsedSentence parsed = parse("Iran/NNP/2/nsubj attacked:attack/VBD/0/root Iran/NNP/2/obj ././2/punct");
    Mention first = new Mention("doc", 0, 0, 4, "Iran", "IRN", "Iran", null, "phrase");
    Mention second = new Mention("doc", 0, 14, 18, "Iran", "IRN", "Iran", null, "phrase");
    assertThat(code(parsed, first, second)).isEmpty();
  }

  @Test
  void pronounSubjectOfAReportedClauseIsTheReporter() {
    ParsedSentence parsed = parse(
        "Iran/NNP/2/nsubj said:say/VBD/0/root it/PRP/4/nsubj attacked:attack/VBD/2/ccomp Iraq/NNP/4/obj ././2/punct");
    assertThat(code(parsed, mention(parsed, "Iran", "IRN"), mention(parsed, "Iraq", "IRQ"))).containsExactly("IRN>IRQ:190");
  }

  @Test
  void subjectOfAnUncodedReportedClauseIsTheReportingVerbsTarget() {
    ParsedSentence parsed = parse(
        "Iran/NNP/2/nsubj said:say/VBD/0/root Iraq/NNP/4/nsubj prospered:prosper/VBD/2/ccomp ././2/punct");
    assertThat(code(parsed, mention(parsed, "Iran", "IRN"), mention(parsed, "Iraq", "IRQ"))).containsExactly("IRN>IRQ:010");
  }

  @Test
  void passiveWithoutAgentTakesItsSourceFromThePlaceAsCameoCodersDo() {
    ParsedSentence parsed = parse(
        "Iraqis:Iraqi/NNPS/3/nsubj:pass were:be/VBD/3/aux:pass attacked:attack/VBN/0/root in/IN/5/case Iran/NNP/3/obl ././3/punct");
    assertThat(code(parsed, mention(parsed, "Iraqis", "IRQCVL"), mention(parsed, "Iran", "IRN"))).containsExactly("IRN>IRQCVL:190");
  }

  @Test
  void negationMapsThroughThePicoOntologyWhenItDefinesTheNegatedMeaning() throws Exception {
    org.dyad.nlp.verbs.PicoOntology pico = org.dyad.nlp.verbs.PicoOntology.read("test.pico",
        new java.io.StringReader("050:0x0080#cooperate\n110:0x1007f#disapprove\n190:0x00A0#fight\n")).dictionary();
    VerbDictionary dictionary = new VerbDictionary(Map.of(), List.of(
        new VerbBlock("CRITICIZE", EventCodes.of("110"), List.of(verb("CRITICIZE")), List.of(), 1),
        new VerbBlock("ATTACK", EventCodes.of("190"), List.of(verb("ATTACK")), List.of(), 2)), List.of());
    DependencyEventCoder withPico = new DependencyEventCoder(dictionary, CameoOntology.cameo(), pico, CodingConvention.PETRARCH);
    ParsedSentence criticise = parse(
        "Iran/NNP/4/nsubj did:do/VBD/4/aux not/RB/4/advmod criticize/VB/0/root Iraq/NNP/4/obj ././4/punct");
    assertThat(withPico.code(criticise, List.of(mention(criticise, "Iran", "IRN"), mention(criticise, "Iraq", "IRQ")), WEDNESDAY))
        .extracting(Event::code).containsExactly("050");
    ParsedSentence attack = parse(
        "Iran/NNP/4/nsubj did:do/VBD/4/aux not/RB/4/advmod attack/VB/0/root Iraq/NNP/4/obj ././4/punct");
    assertThat(withPico.code(attack, List.of(mention(attack, "Iran", "IRN"), mention(attack, "Iraq", "IRQ")), WEDNESDAY))
        .as("no code means the negated attack").isEmpty();
  }

  @Test
  void mostSpecificActorOfAPhraseWins() {
    ParsedSentence parsed = parse(
        "Iranian/JJ/2/amod president/NN/3/compound Khatami/NNP/4/nsubj visited:visit/VBD/0/root Iraq/NNP/4/obj ././4/punct");
    Mention role = mention(parsed, "Iranian president", "IRNGOV");
    Mention name = mention(parsed, "Khatami", "IRN");
    assertThat(code(parsed, role, name, mention(parsed, "Iraq", "IRQ"))).containsExactly("IRNGOV>IRQ:042", "IRQ>IRNGOV:043");
  }

  @Test
  void transformationRewritesAReportedEvent() {
    VerbDictionary dictionary = new VerbDictionary(Map.of(), List.of(
        new VerbBlock("ATTACK", EventCodes.of("190"), List.of(verb("ATTACK")), List.of(), 1),
        new VerbBlock("SAY", EventCodes.of("010"), List.of(verb("SAY"), verb("CLAIM")), List.of(), 2)),
        List.of(new Transformation("a", "a", "b", "ATTACK", "SAY", "a", "b", "015", 3),
            new Transformation("a", "b", ".", "ATTACK", "SAY", "a", "b", "112", 4)));
    DependencyEventCoder transforming = new DependencyEventCoder(dictionary, CameoOntology.cameo());
    ParsedSentence own = parse(
        "Iran/NNP/2/nsubj claimed:claim/VBD/0/root it/PRP/4/nsubj attacked:attack/VBD/2/ccomp Iraq/NNP/4/obj ././2/punct");
    assertThat(transforming.code(own, List.of(mention(own, "Iran", "IRN"), mention(own, "Iraq", "IRQ")), WEDNESDAY))
        .extracting(e -> e.source().code() + ">" + e.target().code() + ":" + e.code()).containsExactly("IRN>IRQ:015");
    ParsedSentence other = parse(
        "Israel/NNP/2/nsubj said:say/VBD/0/root Iran/NNP/4/nsubj attacked:attack/VBD/2/ccomp Iraq/NNP/4/obj ././2/punct");
    assertThat(transforming.code(other, List.of(mention(other, "Israel", "ISR"), mention(other, "Iran", "IRN"),
        mention(other, "Iraq", "IRQ")), WEDNESDAY))
        // CAMEO: the reported attack is Iran's as well as Israel's accusation
        .extracting(e -> e.source().code() + ">" + e.target().code() + ":" + e.code())
        .containsExactlyInAnyOrder("ISR>IRN:112", "IRN>IRQ:190");
  }

  @Test
  void aCompoundPatternIsMutualOnlyWithoutAnActorAsObject() {
    VerbPattern mutual = new VerbPattern(List.of(new PatternElement.Compound()), List.of(),
        new EventCodes("190", "190"), 2, "% *");
    DependencyEventCoder fighting = new DependencyEventCoder(new VerbDictionary(Map.of(),
        List.of(new VerbBlock("FIGHT", EventCodes.of("190"), List.of(verb("FIGHT")), List.of(mutual), 1)), List.of()),
        CameoOntology.cameo());
    // "Iran and Iraq fought": each fought the other
    ParsedSentence each = parse("Iran/NNP/4/nsubj and/CC/3/cc Iraq/NNP/1/conj fought:fight/VBD/0/root");
    assertThat(fighting.code(each, List.of(mention(each, "Iran", "IRN"), mention(each, "Iraq", "IRQ")), WEDNESDAY))
        .extracting(e -> e.source().code() + ">" + e.target().code() + ":" + e.code())
        .containsExactlyInAnyOrder("IRN>IRQ:190", "IRQ>IRN:190");
    // "Iran and Syria fought Iraq": together, against their object
    ParsedSentence together = parse("Iran/NNP/4/nsubj and/CC/3/cc Syria/NNP/1/conj fought:fight/VBD/0/root Iraq/NNP/4/obj");
    assertThat(fighting.code(together, List.of(mention(together, "Iran", "IRN"), mention(together, "Syria", "SYR"),
        mention(together, "Iraq", "IRQ")), WEDNESDAY))
        .extracting(e -> e.source().code() + ">" + e.target().code() + ":" + e.code())
        .contains("IRN>IRQ:190", "SYR>IRQ:190").doesNotContain("IRN>SYR:190", "SYR>IRN:190");
  }

  @Test
  void aPluralTheLemmatiserKeepsStillMatchesThePatternsSingular() {
    VerbDictionary dictionary = new VerbDictionary(Map.of(), List.of(
        new VerbBlock("SEND", EventCodes.NONE, List.of(verb("SEND")), List.of(after("154", new Word("TROOP", false),
            new PrepositionalPhrase("TO", List.of(new Target())))), 1)), List.<Transformation>of());
    DependencyEventCoder sending = new DependencyEventCoder(dictionary, CameoOntology.cameo());
    // CoreNLP leaves "troops" as its own lemma
    ParsedSentence parsed = parse("Russia/NNP/2/nsubj sent:send/VBD/0/root troops:troops/NNS/2/obj to/TO/5/case Syria/NNP/2/obl");
    assertThat(sending.code(parsed, List.of(mention(parsed, "Russia", "RUS"), mention(parsed, "Syria", "SYR")), WEDNESDAY))
        .extracting(e -> e.source().code() + ">" + e.target().code() + ":" + e.code()).containsExactly("RUS>SYR:154");
    ParsedSentence singular = parse("Russia/NNP/2/nsubj sent:send/VBD/0/root troopers:trooper/NNS/2/obj to/TO/5/case Syria/NNP/2/obl");
    assertThat(sending.code(singular, List.of(mention(singular, "Russia", "RUS"), mention(singular, "Syria", "SYR")), WEDNESDAY))
        .isEmpty();
  }

  @Test
  void aParticipleUsedAsAPrepositionIsNotAPatternWord() {
    VerbDictionary dictionary = new VerbDictionary(Map.of(), List.of(
        new VerbBlock("ATTACK", EventCodes.of("190"), List.of(verb("ATTACK")), List.of(after("030", new Word("ACCORD", false))), 1)),
        List.<Transformation>of());
    DependencyEventCoder attacking = new DependencyEventCoder(dictionary, CameoOntology.cameo());
    ParsedSentence parsed = parse("Iran/NNP/2/nsubj attacked:attack/VBD/0/root Iraq/NNP/2/obj ,/,/2/punct"
        + " according:accord/VBG/7/case to/TO/5/fixed officials:official/NNS/2/obl");
    assertThat(attacking.code(parsed, List.of(mention(parsed, "Iran", "IRN"), mention(parsed, "Iraq", "IRQ")), WEDNESDAY))
        .extracting(e -> e.code()).containsExactly("190");
    ParsedSentence accord = parse("Iran/NNP/2/nsubj struck:strike/VBD/0/root an/DT/4/det accord/NN/2/obj with/IN/6/case Iraq/NNP/2/obl");
    assertThat(new DependencyEventCoder(new VerbDictionary(Map.of(), List.of(new VerbBlock("STRIKE", EventCodes.NONE,
        List.of(verb("STRIKE")), List.of(after("030", new Word("ACCORD", false))), 1)), List.<Transformation>of()), CameoOntology.cameo())
        .code(accord, List.of(mention(accord, "Iran", "IRN"), mention(accord, "Iraq", "IRQ")), WEDNESDAY))
        .extracting(e -> e.code()).containsExactly("030");
  }

  @Test
  void anObjectTheParserHangsOnTheDayBeforeItIsTheVerbsObject() {
    // "Iran attacked Thursday Iraqi positions": the object parsed as a dependent of the day
    ParsedSentence parsed = parse("Iran/NNP/2/nsubj attacked:attack/VBD/0/root Thursday/NNP/2/obl:tmod Iraqi/JJ/5/amod"
        + " positions:position/NNS/3/dep ././2/punct");
    assertThat(code(parsed, mention(parsed, "Iran", "IRN"), mention(parsed, "Iraqi", "IRQ"))).containsExactly("IRN>IRQ:190");
    assertThat(new Dependencies(parsed).head(5)).isEqualTo(2);
    assertThat(new Dependencies(parsed).relation(5)).isEqualTo("obj");
  }
}
