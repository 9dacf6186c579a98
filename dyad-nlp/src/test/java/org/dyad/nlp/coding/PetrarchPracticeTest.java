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
import org.dyad.core.nlp.Mention;
import org.dyad.core.nlp.ParsedSentence;
import org.dyad.nlp.verbs.EventCodes;
import org.dyad.nlp.verbs.PatternElement;
import org.dyad.nlp.verbs.PatternElement.Compound;
import org.dyad.nlp.verbs.PatternElement.PrepositionalPhrase;
import org.dyad.nlp.verbs.PatternElement.Skip;
import org.dyad.nlp.verbs.PatternElement.Source;
import org.dyad.nlp.verbs.PatternElement.Target;
import org.dyad.nlp.verbs.PatternElement.Word;
import org.dyad.nlp.verbs.PicoOntology;
import org.dyad.nlp.verbs.Transformation;
import org.dyad.nlp.verbs.VerbBlock;
import org.dyad.nlp.verbs.VerbDictionary;
import org.dyad.nlp.verbs.VerbEntry;
import org.dyad.nlp.verbs.VerbPattern;
import org.junit.jupiter.api.Test;

/**
 * PETRARCH-2's practice with its own dictionaries: verb interaction through the internal coding
 * ontology, transformations of a clause whose subject is the governing verb's object, and how
 * patterns compete.
 */
class PetrarchPracticeTest {

  private static final LocalDate DAY = LocalDate.of(2026, 11, 25);

  private static final String PICO = """
      030:0x3000#Intend
      031:0x3070
      033:0x3040
      060:0x0070
      070:0x0040
      080:0x0200
      090:0xA000
      121:-0xFFFF+0x0070
      138:0x60A0
      190:0x00A0
      ---:0
      """;

  private static PicoOntology pico() throws IOException {
    return PicoOntology.read("pico.txt", new StringReader(PICO)).dictionary();
  }

  private static VerbEntry verb(String base) {
    return new VerbEntry(base, List.of(), Set.of(), null, 1);
  }

  private static VerbPattern after(String code, int line, PatternElement... elements) {
    return new VerbPattern(List.of(), List.of(elements), EventCodes.of(code), line, "* " + List.of(elements));
  }

  private static final VerbDictionary DICTIONARY = new VerbDictionary(Map.of(), List.of(
      // the pattern "* HELP" is for the noun ("wants help"); a complement verb combines instead
      new VerbBlock("WANT", EventCodes.of("030"), List.of(verb("WANT")), List.of(after("023", 1, new Word("HELP", false))), 1),
      new VerbBlock("AID", EventCodes.of("070"), List.of(verb("HELP")), List.of(), 2),
      new VerbBlock("REVIEW", EventCodes.of("090"), List.of(verb("REEXAMINE")), List.of(), 3),
      new VerbBlock("ATTACK", EventCodes.of("190"), List.of(verb("ATTACK")), List.of(), 4),
      new VerbBlock("RETREAT", EventCodes.of("080"), List.of(verb("RETREAT")), List.of(), 5),
      new VerbBlock("GRANT", EventCodes.of("060"), List.of(verb("PROVIDE")), List.of(
          after("051", 6, new Word("SUPPORT", false)),
          after("060", 7, new Word("SUPPORT", false)),
          after("0351", 8, new Word("SANCTION", false)),
          after("085", 9, new Word("SANCTIONS", false))), 6),
      new VerbBlock("AGREE", EventCodes.of("050"), List.of(verb("AGREE")), List.of(after("057", 10, new Compound())), 10),
      new VerbBlock("CRITICIZE", EventCodes.of("111"), List.of(verb("CRITICIZE")), List.of(
          new VerbPattern(List.of(new Word("HEAVILY", false)), List.of(), EventCodes.of("122"), 13, "HEAVILY *"),
          new VerbPattern(List.of(new Word("PROTESTORS", false)), List.of(), EventCodes.of("145"), 14, "PROTESTORS *")), 13),
      new VerbBlock("RECEIVE", EventCodes.of("070"), List.of(verb("RECEIVE")), List.of(new VerbPattern(List.of(new Target()),
          List.of(new Word("MONEY", false), new Source()), EventCodes.of("071"), 15, "+ * MONEY $")), 15),
      new VerbBlock("SAY", EventCodes.of("010"), List.of(verb("SAY")), List.of(), 16),
      new VerbBlock("CELEBRATE", EventCodes.of("051"), List.of(verb("CELEBRATE")), List.of(after("017", 20,
          new Word("FEAST", false), new PrepositionalPhrase("IN", List.of(new Skip())), new Target())), 20),
      new VerbBlock("EXPLOSIVE", EventCodes.of("195"), List.of(verb("SHELL")), List.of(), 19),
      new VerbBlock("ACCUSE", EventCodes.of("112"), List.of(verb("CLAIM")), List.of(), 17),
      new VerbBlock("WARN", EventCodes.of("130"), List.of(verb("WARN")),
          List.of(after("131", 12, new Word("ABOUT", false), new Target())), 12)),
      List.of(new Transformation("a", "b", ".", "ATTACK", "WANT", "a", "b", "021", 11),
          new Transformation("a", "b", ".", "ATTACK", "CLAIM", "a", "b", "112", 18)));

  private static DependencyEventCoder petrarch() throws IOException {
    return new DependencyEventCoder(DICTIONARY, CameoOntology.cameo(), pico(), CodingConvention.PETRARCH);
  }

  /** The events coded on {@code tokens} (see {@link TinyParse}) with mentions written "words=CODE". */
  private static List<String> code(DependencyEventCoder coder, String tokens, String... mentions) {
    ParsedSentence parsed = parse(tokens);
    return code(coder, parsed, TinyParse.mentions(parsed, mentions).toArray(Mention[]::new));
  }

  private static List<String> code(DependencyEventCoder coder, ParsedSentence parsed, Mention... mentions) {
    return coder.code(parsed, List.of(mentions), DAY).stream()
        .map(e -> e.source().code() + ">" + e.target().code() + ":" + e.code()).toList();
  }

  @Test
  void codesCombineThroughTheOntology() throws IOException {
    VerbInteraction interaction = new VerbInteraction(pico());
    assertThat(interaction.combine("030", "070", false)).contains("033"); // intend + aid: intend to aid
    assertThat(interaction.combine("030", "090", false)).contains("090"); // two top-level meanings: the lower
    assertThat(interaction.combine("030", "190", false)).contains("138"); // intend to fight: a threat of force
    assertThat(interaction.combine("030", "080", false)).isEmpty(); // 0x3200 has no code here: no event
    assertThat(interaction.combine("080", "060", true)).isEmpty();
    assertThat(interaction.combine("---", "060", true)).contains("121"); // a negated lower meaning is added
    assertThat(interaction.combine("0301", "070", false)).contains("033"); // an unknown code reads as its root
  }

  @Test
  void aCodedVerbGoverningACodedComplementCombinesTheTwo() throws IOException {
    String wantsToHelp = "Iran/NNP/2/nsubj wants:want/VBZ/0/root to/TO/4/mark help:help/VB/2/xcomp Iraq/NNP/4/obj";
    assertThat(code(petrarch(), wantsToHelp, "Iran=IRN", "Iraq=IRQ")).containsExactly("IRN>IRQ:033");
    assertThat(code(petrarch(), "Iran/NNP/2/nsubj wants:want/VBZ/0/root to/TO/4/mark"
        + " reexamine:reexamine/VB/2/xcomp Iraq/NNP/4/obj", "Iran=IRN", "Iraq=IRQ"))
        .containsExactly("IRN>IRQ:090");
    // Dyad's own convention keeps the governing verb's pattern
    DependencyEventCoder cameo = new DependencyEventCoder(DICTIONARY, CameoOntology.cameo());
    assertThat(code(cameo, wantsToHelp, "Iran=IRN", "Iraq=IRQ")).containsExactly("IRN>IRQ:023");
  }

  @Test
  void aCombinationWithoutACodeReportsNothing() throws IOException {
    assertThat(code(petrarch(), "Iran/NNP/2/nsubj wants:want/VBZ/0/root to/TO/4/mark"
        + " retreat:retreat/VB/2/xcomp from/IN/6/case Iraq/NNP/4/obl", "Iran=IRN", "Iraq=IRQ")).isEmpty();
  }

  @Test
  void aClauseWhoseSubjectIsTheObjectIsTransformedFirst() throws IOException {
    // ~ a (b . ATTACK) WANT = a b 021: wanting Syria to attack is an appeal to Syria
    assertThat(code(petrarch(), "Iran/NNP/2/nsubj wants:want/VBZ/0/root Syria/NNP/2/obj to/TO/5/mark"
        + " attack:attack/VB/2/xcomp"
        + " Iraq/NNP/5/obj", "Iran=IRN", "Syria=SYR", "Iraq=IRQ")).containsExactly("IRN>SYR:021");
  }

  @Test
  void aTopLevelActOfTheObjectStaysItsOwn() throws IOException {
    // "wants Syria to re-examine Iraq": Syria's investigation, not Iran's
    assertThat(code(petrarch(), "Iran/NNP/2/nsubj wants:want/VBZ/0/root Syria/NNP/2/obj to/TO/5/mark"
        + " reexamine:reexamine/VB/2/xcomp"
        + " Iraq/NNP/5/obj", "Iran=IRN", "Syria=SYR", "Iraq=IRQ")).containsExactly("SYR>IRQ:090");
  }

  @Test
  void theIntentOfAMutualActByACoordinatedSubjectIsMutual() throws IOException {
    assertThat(code(petrarch(), "Iran/NNP/4/nsubj and/CC/3/cc Syria/NNP/1/conj want:want/VBP/0/root"
        + " to/TO/6/mark provide:provide/VB/4/xcomp aid/NN/6/obj", "Iran=IRN", "Syria=SYR"))
        .containsExactlyInAnyOrder("IRN>SYR:031", "SYR>IRN:031");
  }

  @Test
  void ofPatternsWrittenAlikeTheLastCountsAndTheTextsOwnFormOutranksTheLemma() throws IOException {
    assertThat(code(petrarch(), "Iran/NNP/2/nsubj provided:provide/VBD/0/root support/NN/2/obj to/IN/5/case"
        + " Iraq/NNP/2/obl", "Iran=IRN", "Iraq=IRQ"))
        .containsExactly("IRN>IRQ:060");
    assertThat(code(petrarch(), "Iran/NNP/2/nsubj provided:provide/VBD/0/root sanctions:sanction/NNS/2/obj"
        + " to/IN/5/case Iraq/NNP/2/obl", "Iran=IRN", "Iraq=IRQ"))
        .containsExactly("IRN>IRQ:085");
  }

  @Test
  void aTargetMarkAfterAWordTakesThePhraseThatFollowsIt() {
    // "* ABOUT +": warned about Iraq, not the object Syria
    ParsedSentence parsed = parse(
        "Iran/NNP/2/nsubj warned:warn/VBD/0/root Syria/NNP/2/obj about/IN/5/case Iraq/NNP/3/nmod");
    assertThat(code(new DependencyEventCoder(DICTIONARY, CameoOntology.cameo()), parsed, mention(parsed, "Iran", "IRN"),
        mention(parsed, "Syria", "SYR"), mention(parsed, "Iraq", "IRQ"))).containsExactly("IRN>IRQ:131");
  }

  @Test
  void aPassiveVerbsBeforePatternsDescribeTheDoerNotItsAdverbs() throws IOException {
    assertThat(code(petrarch(), "Iraq/NNP/4/nsubj:pass was/VBD/4/aux:pass heavily/RB/4/advmod"
        + " criticized:criticize/VBN/0/root by/IN/6/case Iran/NNP/4/obl", "Iraq=IRQ", "Iran=IRN"))
        .containsExactly("IRN>IRQ:111");
    assertThat(code(petrarch(), "Iraq/NNP/3/nsubj:pass was/VBD/3/aux:pass criticized:criticize/VBN/0/root by/IN/6/case "
        + "Iranian/JJ/6/amod protestors:protestor/NNS/3/obl", "Iraq=IRQ", "Iranian protestors=IRNOPP"))
        .containsExactly("IRNOPP>IRQ:145");
  }

  @Test
  void anAppositionNamingAnotherActorIsTheNextItemOfAList() throws IOException {
    // "Iran, Syria and Iraq criticized Turkey", parsed with Syria in apposition to Iran
    assertThat(code(petrarch(), "Iran/NNP/6/nsubj ,/,/1/punct Syria/NNP/1/appos and/CC/5/cc Iraq/NNP/3/conj "
        + "criticized:criticize/VBD/0/root Turkey/NNP/6/obj", "Iran=IRN", "Syria=SYR", "Iraq=IRQ", "Turkey=TUR"))
        .containsExactly("IRN>TUR:111", "SYR>TUR:111", "IRQ>TUR:111");
    // "Iran, the Islamic Republic, criticized Turkey": the same actor twice is one source
    assertThat(code(petrarch(), "Iran/NNP/5/nsubj ,/,/1/punct Islamic/NNP/4/compound Republic/NNP/1/appos "
        + "criticized:criticize/VBD/0/root Turkey/NNP/5/obj", "Iran=IRN", "Islamic Republic=IRN", "Turkey=TUR"))
        .containsExactly("IRN>TUR:111");
  }

  @Test
  void slotMarksBeforeTheVerbNameTheSubjectAndAfterAWordThePhraseAfterIt() throws IOException {
    // "+ * MONEY $": Iraq received money from Iran, so Iran gave it to Iraq
    assertThat(code(petrarch(), "Iraq/NNP/2/nsubj received:receive/VBD/0/root money/NN/2/obj from/IN/5/case"
        + " Iran/NNP/3/nmod", "Iraq=IRQ", "Iran=IRN"))
        .containsExactly("IRN>IRQ:071");
  }

  @Test
  void aReportedClauseIsNestedInTheReportAndCodedOnlyAsTransformed() throws IOException {
    // "Iran claimed that Syria attacked Iraq and provided aid to Turkey": Iran accuses Syria (112);
    // the attack and the aid are nested in the claim, not events of their own
    ParsedSentence claimed = parse("Iran/NNP/2/nsubj claimed:claim/VBD/0/root that/IN/5/mark Syria/NNP/5/nsubj "
        + "attacked:attack/VBD/2/ccomp Iraq/NNP/5/obj and/CC/8/cc provided:provide/VBD/5/conj aid/NN/8/obj "
        + "to/IN/11/case Turkey/NNP/8/obl");
    Mention[] mentions = {mention(claimed, "Iran", "IRN"), mention(claimed, "Syria", "SYR"), mention(claimed, "Iraq", "IRQ"),
        mention(claimed, "Turkey", "TUR")};
    assertThat(code(petrarch(), claimed, mentions)).containsExactly("IRN>SYR:112");
    // Dyad's own convention keeps the reported acts the transformations leave alone, but not what an
    // accusation charges (DemandedActs.charged)
    DependencyEventCoder cameo = new DependencyEventCoder(DICTIONARY, CameoOntology.cameo());
    assertThat(code(cameo, claimed, mentions)).containsOnly("IRN>SYR:112");
    ParsedSentence said = parse("Iran/NNP/2/nsubj said:say/VBD/0/root that/IN/5/mark Syria/NNP/5/nsubj "
        + "attacked:attack/VBD/2/ccomp Iraq/NNP/5/obj and/CC/8/cc provided:provide/VBD/5/conj aid/NN/8/obj "
        + "to/IN/11/case Turkey/NNP/8/obl");
    assertThat(code(cameo, said, mention(said, "Iran", "IRN"), mention(said, "Syria", "SYR"), mention(said, "Iraq", "IRQ"),
        mention(said, "Turkey", "TUR"))).contains("SYR>TUR:060");
  }

  @Test
  void aNegationOnAnUncodedVerbDoesNotReachItsComplementInPetrarchsPractice() throws IOException {
    // "Iran won't try to attack Iraq": PETRARCH-2 codes the attack; Dyad's own practice codes nothing
    ParsedSentence parsed = parse("Iran/NNP/4/nsubj wo/MD/4/aux n't/RB/4/neg try/VB/0/root to/TO/6/mark "
        + "attack:attack/VB/4/xcomp Iraq/NNP/6/obj");
    Mention[] mentions = {mention(parsed, "Iran", "IRN"), mention(parsed, "Iraq", "IRQ")};
    assertThat(code(petrarch(), parsed, mentions)).containsExactly("IRN>IRQ:190");
    assertThat(code(new DependencyEventCoder(DICTIONARY, CameoOntology.cameo()), parsed, mentions)).isEmpty();
  }

  @Test
  void aReportNoRuleRewritesIsOnTheClausesSubject() throws IOException {
    // no transformation for SAY here: Iran's statement is on Syria, whose attack stays nested
    assertThat(code(petrarch(), "Iran/NNP/2/nsubj said:say/VBD/0/root that/IN/5/mark Syria/NNP/5/nsubj "
        + "attacked:attack/VBD/2/ccomp Iraq/NNP/5/obj", "Iran=IRN", "Syria=SYR", "Iraq=IRQ"))
        .containsExactly("IRN>SYR:010");
  }

  @Test
  void aRuleNamesItsVerbClassByCodeAndAsksNothingOfAnOpenTarget() throws IOException {
    // SHELL is coded 195, within ATTACK's 190; the shelling has no target, yet Iran accuses Syria,
    // and the accusation made twice over is one event, as PETRARCH-2 reports a set
    assertThat(code(petrarch(), "Iran/NNP/2/nsubj claimed:claim/VBD/0/root that/IN/5/mark Syria/NNP/5/nsubj "
        + "shelled:shell/VBD/2/ccomp and/CC/7/cc attacked:attack/VBD/5/conj Iraq/NNP/7/obj",
        "Iran=IRN", "Syria=SYR", "Iraq=IRQ"))
        .containsExactly("IRN>SYR:112");
    assertThat(code(petrarch(), "Iran/NNP/2/nsubj claimed:claim/VBD/0/root that/IN/5/mark Syria/NNP/5/nsubj "
        + "shelled:shell/VBD/2/ccomp", "Iran=IRN", "Syria=SYR"))
        .containsExactly("IRN>SYR:112");
  }

  @Test
  void anAdverbialClauseIsCodedOnlyWhenTheVerbItModifiesGaveNothing() throws IOException {
    assertThat(code(petrarch(), "Iran/NNP/2/nsubj criticized:criticize/VBD/0/root Iraq/NNP/2/obj by/IN/5/mark "
        + "attacking:attack/VBG/2/advcl Syria/NNP/5/obj", "Iran=IRN", "Iraq=IRQ", "Syria=SYR"))
        .containsExactly("IRN>IRQ:111");
    assertThat(code(petrarch(), "Iran/NNP/2/nsubj criticized:criticize/VBD/0/root by/IN/4/mark "
        + "attacking:attack/VBG/2/advcl Syria/NNP/4/obj", "Iran=IRN", "Syria=SYR"))
        .containsExactly("IRN>SYR:190");
  }

  @Test
  void aNounCoordinatedInTheObjectIsPartOfTheObject() {
    // "* SUPPORT" on "provided loans and support": the pattern word sits in the second conjunct
    ParsedSentence parsed = parse("Iran/NNP/2/nsubj provided:provide/VBD/0/root loans:loan/NNS/2/obj and/CC/5/cc "
        + "support/NN/3/conj to/IN/7/case Iraq/NNP/2/obl");
    assertThat(code(new DependencyEventCoder(DICTIONARY, CameoOntology.cameo()), parsed, mention(parsed, "Iran", "IRN"),
        mention(parsed, "Iraq", "IRQ"))).containsExactly("IRN>IRQ:060");
  }

  @Test
  void aTargetMarkAfterAPhraseNamesWhatFollowsThePhrase() {
    // "* FEAST (IN ^) +": the place is skipped, the actor after it is the target
    ParsedSentence parsed = parse("Iran/NNP/2/nsubj celebrated:celebrate/VBD/0/root the/DT/4/det feast/NN/2/obj "
        + "in/IN/6/case Damascus/NNP/2/obl with/IN/8/case Iraq/NNP/2/obl");
    assertThat(code(new DependencyEventCoder(DICTIONARY, CameoOntology.cameo()), parsed, mention(parsed, "Iran", "IRN"),
        mention(parsed, "Damascus", "SYR"), mention(parsed, "Iraq", "IRQ"))).containsExactly("IRN>IRQ:017");
  }

  @Test
  void aMisspeltVerbFormIsNotTheVerb() {
    ParsedSentence parsed = parse("Iran/NNP/2/nsubj attackes:attack/VBZ/0/root Iraq/NNP/2/obj");
    assertThat(code(new DependencyEventCoder(DICTIONARY, CameoOntology.cameo()), parsed, mention(parsed, "Iran", "IRN"),
        mention(parsed, "Iraq", "IRQ"))).isEmpty();
  }

  @Test
  void aCompoundPatternNeedsACoordinatedActor() throws IOException {
    assertThat(code(petrarch(), "Iran/NNP/4/nsubj and/CC/3/cc Syria/NNP/1/conj"
        + " agreed:agree/VBD/0/root", "Iran=IRN", "Syria=SYR"))
        .containsExactlyInAnyOrder("IRN>SYR:057", "SYR>IRN:057");
    assertThat(code(petrarch(), "Iran/NNP/2/nsubj agreed:agree/VBD/0/root with/IN/4/case"
        + " Syria/NNP/2/obl", "Iran=IRN", "Syria=SYR"))
        .containsExactly("IRN>SYR:050");
  }
}
