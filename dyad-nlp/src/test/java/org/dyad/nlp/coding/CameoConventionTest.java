package org.dyad.nlp.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.nlp.coding.TinyDictionary.block;
import static org.dyad.nlp.coding.TinyParse.mention;
import static org.dyad.nlp.coding.TinyParse.parse;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.dyad.core.event.CameoOntology;
import org.dyad.core.nlp.Mention;
import org.dyad.core.nlp.ParsedSentence;
import org.dyad.nlp.verbs.EventCodes;
import org.dyad.nlp.verbs.PatternElement;
import org.dyad.nlp.verbs.Transformation;
import org.dyad.nlp.verbs.VerbBlock;
import org.dyad.nlp.verbs.VerbDictionary;
import org.dyad.nlp.verbs.VerbEntry;
import org.dyad.nlp.verbs.VerbPattern;
import org.junit.jupiter.api.Test;

/**
 * The coder's CAMEO conventions on hand-built parses: what is demanded or protested for is not an
 * act done ({@link DemandedActs}), conditions aim threats and turn announced acts into ultimatums
 * ({@link IntentCodes}), and statements and coordinations find their actors ({@link EventArguments},
 * {@link ActorSlots}).
 */
class CameoConventionTest {

  private static final LocalDate DAY = LocalDate.of(2026, 11, 25);

  private static final VerbDictionary DICTIONARY = new VerbDictionary(Map.of(), List.of(
      block("ATTACK", "190", 1), block("DEMAND", "100", 2), block("DEMONSTRATE", "141", 3), block("THREATEN", "130", 4),
      block("WITHDRAW", "0874", 5), block("CONDEMN", "122", 6), block("ACCUSE", "112", 9), block("FREE", "0841", 10),
      block("GIVE", "139", 11), block("RESIGN", "0831", 12), block("REFORM", "0344", 13),
      block("LIFT", "0814", 14), block("REFUSE", "120", 15), block("AGREE", "030", 16), block("LET", "080", 17),
      block("RAPE", "1821", 18), block("HOLD", "173", 19), block("IMPOSE", "163", 20), block("KILL", "190", 21), block("VOW", "030", 22), block("RETURN", "0842", 23), block("SEIZE", "171", 24),
      block("MEDIATE", "045", 25), block("BURN", "145", 26), block("BLOCK", "144", 27), block("SHARE", "064", 28),
      new VerbBlock("REITERATE", EventCodes.NONE, List.of(new VerbEntry("REITERATE", List.of(), java.util.Set.of(), null, 7)),
          List.of(new VerbPattern(List.of(), List.of(new PatternElement.Word("DEMAND", false)), EventCodes.of("100"), 8,
              "* DEMAND")), 7)), List.<Transformation>of());

  private final DependencyEventCoder coder = new DependencyEventCoder(DICTIONARY, CameoOntology.cameo());

  /** The events coded on {@code tokens} (see {@link TinyParse}) with mentions written "words=CODE". */
  private List<String> code(String tokens, String... mentions) {
    return TinyParse.triples(TinyParse.events(coder, tokens, DAY, mentions));
  }

  @Test
  void martialLawWithNoOneElseNamedActsOnTheStatesOwnPeople() {
    // "Poland's authorities lifted martial law after talks with Uzbeks": the target is Poland, implied
    String lifted = "authorities:authority/NNS/2/nsubj lifted:lift/VBD/0/root law/NN/2/obj after/IN/5/case talks:talk/NNS/2/obl";
    assertThat(code(lifted, "authorities=POLGOV")).containsExactly("POLGOV>POL:0814");
    // the state itself acting acts on its people
    assertThat(code(lifted, "authorities=POL")).containsExactly("POL>POLCVL:0814");
    // an organisation has no people of its own
    assertThat(code(lifted, "authorities=IGOUNO")).isEmpty();
  }

  @Test
  void aPhraseHungOnTheUncodedVerbGoverningAnOpenComplementIsTheComplements() {
    // "Iraq began returning archives to Kuwait", with "to Kuwait" hung on "began"
    assertThat(code("Iraq/NNP/2/nsubj began:begin/VBD/0/root returning:return/VBG/2/xcomp archives:archive/NNS/3/obj"
        + " to/IN/6/case Kuwait/NNP/2/obl", "Iraq=IRQ", "Kuwait=KWT")).containsExactly("IRQ>KWT:0842");
    // a place the governing verb is "in" is where, not whom
    assertThat(code("Iraq/NNP/2/nsubj began:begin/VBD/0/root returning:return/VBG/2/xcomp archives:archive/NNS/3/obj"
        + " in/IN/6/case Kuwait/NNP/2/obl", "Iraq=IRQ", "Kuwait=KWT")).isEmpty();
  }

  @Test
  void anActorTheObjectIsOnlyAboutGivesWayToAPartnerNamedWithWith() {
    // "Indonesia offered to share intelligence on the Jemaah Islamiah network with Australia"
    String shared = "France/NNP/2/nsubj shared:share/VBD/0/root intelligence/NN/2/obj on/IN/5/case Iran/NNP/3/nmod"
        + " with/IN/7/case Israel/NNP/2/obl";
    assertThat(code(shared, "France=FRA", "Iran=IRN", "Israel=ISR")).containsExactly("FRA>ISR:064");
    // with no partner named, what it is about is all the sentence gives
    String alone = "France/NNP/2/nsubj shared:share/VBD/0/root intelligence/NN/2/obj on/IN/5/case Iran/NNP/3/nmod";
    assertThat(code(alone, "France=FRA", "Iran=IRN")).containsExactly("FRA>IRN:064");
  }

  @Test
  void whatADenialRejectsIsNotDone() {
    // "Iran denied reports that its troops attacked Iraq"
    String denied = "Iran/NNP/2/nsubj denied:deny/VBD/0/root reports:report/NNS/2/obj that/IN/6/mark"
        + " troops:troop/NNS/6/nsubj attacked:attack/VBD/3/acl Iraq/NNP/6/obj";
    assertThat(code(denied, "Iran=IRN", "troops=IRNMIL", "Iraq=IRQ")).doesNotContain("IRNMIL>IRQ:190");
    // the parser may hang the clause on the denying verb: "rejected reports on Monday that …"
    String hung = denied.replace("attacked:attack/VBD/3/acl", "attacked:attack/VBD/2/ccomp");
    assertThat(code(hung, "Iran=IRN", "troops=IRNMIL", "Iraq=IRQ")).doesNotContain("IRNMIL>IRQ:190");
    // reports welcomed are news that stands
    String welcomed = denied.replace("denied:deny", "welcomed:welcome");
    assertThat(code(welcomed, "Iran=IRN", "troops=IRNMIL", "Iraq=IRQ")).contains("IRNMIL>IRQ:190");
  }

  @Test
  void aMediatorsOwnStateIsNoPartyItMediatesWith() {
    // "Jimmy Carter mediated between Haiti's military rulers and Washington"
    assertThat(code("Carter/NNP/2/nsubj mediated:mediate/VBD/0/root between/IN/4/case rulers:ruler/NNS/2/obl and/CC/6/cc"
        + " Washington/NNP/4/conj", "Carter=USAELI", "rulers=HTIMIL", "Washington=USA")).containsExactly("USAELI>HTIMIL:045");
  }

  @Test
  void anActYieldingToPressureIsAimedAtWhoPressedAndAccedes() {
    // "Mubarak resigned, bowing to protests by Egyptians": the resignation answers the Egyptians
    assertThat(code("Mubarak/NNP/2/nsubj resigned:resign/VBD/0/root ,/,/2/punct bowing:bow/VBG/2/dep to/IN/6/case"
        + " protests:protest/NNS/4/obl by/IN/8/case Egyptians:egyptian/NNPS/6/nmod", "Mubarak=EGYGOV", "Egyptians=EGYCVL"))
        .containsExactly("EGYGOV>EGYCVL:0831");
    // an intent to reform, so conceded, is acceding to demands for it (083x), not an intent of one's own
    assertThat(code("Birendra/NNP/2/nsubj reformed:reform/VBD/0/root ,/,/2/punct yielding:yield/VBG/2/advcl to/IN/6/case"
        + " protests:protest/NNS/4/obl by/IN/8/case activists:activist/NNS/6/nmod", "Birendra=NPLGOV", "activists=NPLOPP"))
        .containsExactly("NPLGOV>NPLOPP:0834");
    // so is an act coordinated with giving way: "bowed to protests by activists and reformed"
    assertThat(code("Birendra/NNP/2/nsubj bowed:bow/VBD/0/root to/IN/4/case protests:protest/NNS/2/obl by/IN/6/case"
        + " activists:activist/NNS/4/nmod and/CC/8/cc reformed:reform/VBD/2/conj", "Birendra=NPLGOV", "activists=NPLOPP"))
        .contains("NPLGOV>NPLOPP:0834");
    // a participle that does not give way names no target: stepping down is then on the state itself
    assertThat(code("Mubarak/NNP/2/nsubj resigned:resign/VBD/0/root ,/,/2/punct pointing:point/VBG/2/dep to/IN/6/case"
        + " protests:protest/NNS/4/obl by/IN/8/case Egyptians:egyptian/NNPS/6/nmod", "Mubarak=EGYGOV", "Egyptians=EGYCVL"))
        .containsExactly("EGYGOV>EGY:0831");
  }

  @Test
  void aProtestIsAimedAtWhomItsDemandAddressesAndTheDemandIsNoEventOfItsOwn() {
    // "Rioters burned vehicles, demanding that Moi quit": one riot, on Moi
    assertThat(code("Kenyan/JJ/2/amod rioters:rioter/NNS/3/nsubj burned:burn/VBD/0/root vehicles:vehicle/NNS/3/obj ,/,/3/punct"
        + " demanding:demand/VBG/3/conj that/IN/9/mark Moi/NNP/9/nsubj quit/VB/6/ccomp", "Kenyan rioters=KENOPP", "Moi=KENGOV"))
        .containsExactly("KENOPP>KENGOV:145");
    // a place in the protesters' own country where they protest is no target when the demand names one
    assertThat(code("Protesters:protester/NNS/2/nsubj blocked:block/VBD/0/root streets:street/NNS/2/obj across/IN/5/case"
        + " Yerevan/NNP/2/obl ,/,/2/punct demanding:demand/VBG/2/advcl that/IN/10/mark Sargsyan/NNP/10/nsubj"
        + " resign/VB/7/ccomp", "Protesters=ARMOPP", "Yerevan=ARM", "Sargsyan=ARMGOV"))
        .containsExactly("ARMOPP>ARMGOV:144");
  }

  @Test
  void twoVerbsTellingOfOneActGiveItOnce() {
    // "Hamas attacked Israel, killing Israelis": one attack on Israel
    assertThat(code("Hamas/NNP/2/nsubj attacked:attack/VBD/0/root Israel/NNP/2/obj ,/,/2/punct killing:kill/VBG/2/conj"
        + " Israelis/NNPS/5/obj", "Hamas=PSEREBHMS", "Israel=ISR", "Israelis=ISR")).containsExactly("PSEREBHMS>ISR:190");
  }

  @Test
  void aClauseOfTimeIsBackgroundToAnActAboveIt() {
    // "Abbas suspended talks with Israel as Israeli troops killed Palestinians": the suspension is the news
    String as = "Abbas/NNP/2/nsubj suspended:suspend/VBD/0/root talks:talk/NNS/2/obj with/IN/5/case Israel/NNP/3/nmod"
        + " as/IN/9/mark Israeli/JJ/8/amod troops:troop/NNS/9/nsubj killed:kill/VBD/2/advcl Palestinians/NNPS/9/obj";
    String[] actors = {"Abbas=PSEGOV", "Israel=ISR", "Israeli troops=ISRMIL", "Palestinians=PSECVL"};
    assertThat(code(as.replace("suspended:suspend", "seized:seize"), actors)).containsExactly("PSEGOV>ISR:171");
    // with no act above it, the clause's act is the sentence's: "met reporters as Israeli troops killed Palestinians"
    assertThat(code(as.replace("suspended:suspend", "met:meet"), actors)).containsExactly("ISRMIL>PSECVL:190");
    // so a clause of time on a noun: "attacked Israel for the first time since Iraq attacked Syria"
    assertThat(code("Iran/NNP/2/nsubj attacked:attack/VBD/0/root Israel/NNP/2/obj for/IN/5/case time/NN/2/obl since/IN/8/mark"
        + " Iraq/NNP/8/nsubj attacked:attack/VBD/5/acl Syria/NNP/8/obj", "Iran=IRN", "Israel=ISR", "Iraq=IRQ", "Syria=SYR"))
        .containsExactly("IRN>ISR:190");
    // and a clause the parser hung on the noun of a phrase of time: "attacked Iraq after Syrian troops killed Iranians"
    assertThat(code("Iran/NNP/2/nsubj attacked:attack/VBD/0/root Iraq/NNP/2/obj after/IN/6/case Syrian/JJ/6/amod"
        + " troops:troop/NNS/2/obl killed:kill/VBD/6/acl Iranians/NNPS/7/obj", "Iran=IRN", "Iraq=IRQ", "Syrian troops=SYRMIL",
        "Iranians=IRNCVL")).containsExactly("IRN>IRQ:190");
    // a clause coordinated, with no marker of time, is news of its own
    assertThat(code(as.replace("as/IN/9/mark", "and/CC/9/cc").replace("killed:kill/VBD/2/advcl", "killed:kill/VBD/2/conj")
        .replace("suspended:suspend", "seized:seize"), actors)).containsExactly("PSEGOV>ISR:171", "ISRMIL>PSECVL:190");
  }

  @Test
  void theClauseADemandAsksForIsNotAnActDone() {
    assertThat(code("China/NNP/2/nsubj demanded:demand/VBD/0/root that/IN/5/mark America/NNP/5/nsubj"
        + " attack/VB/2/ccomp Iraq/NNP/5/obj",
        "China=CHN", "America=USA", "Iraq=IRQ"))
        .containsExactly("CHN>USA:100");
  }

  @Test
  void theClauseOfADemandNounIsNotAnActDone() {
    assertThat(code("Iran/NNP/2/nsubj repeated:repeat/VBD/0/root its/PRP$/4/nmod:poss demand/NN/2/obj"
        + " that/IN/7/mark Israel/NNP/7/nsubj attack/VB/4/acl Iraq/NNP/7/obj",
        "Iran=IRN", "Israel=ISR", "Iraq=IRQ"))
        .isEmpty();
  }

  @Test
  void aDemandNounAsksTheSubjectOfItsClauseAndANameInBracketsSpeaksForItsPhrase() {
    assertThat(code("The/DT/2/det Office/NNP/6/nsubj (/-LRB-/4/punct ILO/NNP/2/dep )/-RRB-/4/punct"
        + " reiterated:reiterate/VBD/0/root its/PRP$/8/nmod:poss demand/NN/6/obj that/IN/11/mark Israel/NNP/11/nsubj"
        + " withdraw/VB/8/ccomp",
        "ILO=IGOLAB", "Israel=ISR")).containsExactly("IGOLAB>ISR:100");
  }

  @Test
  void aProtestIsAimedAtWhomItsPurposeDemandsFromAndCarriesThatDemand() {
    assertThat(code("Students/NNS/2/nsubj demonstrated:demonstrate/VBD/0/root to/TO/4/mark demand/VB/2/advcl"
        + " reforms/NNS/4/obj from/IN/7/case Suharto/NNP/4/obl",
        "Students=IDNEDU", "Suharto=IDNGOV"))
        .containsExactly("IDNEDU>IDNGOV:141");
    // who the purpose asks to act: "demonstrated to demand that Ershad resign"
    assertThat(code("Students/NNS/2/nsubj demonstrated:demonstrate/VBD/0/root to/TO/4/mark demand/VB/2/advcl"
        + " that/IN/7/mark Ershad/NNP/7/nsubj resign/VB/4/ccomp", "Students=BGDEDU", "Ershad=BGDGOV"))
        .containsExactly("BGDEDU>BGDGOV:141");
    // whose the demanded thing is, in a participle the parser left loose: "demanding the resignation of Lukashenko"
    assertThat(code("Belarusians/NNPS/2/nsubj demonstrated:demonstrate/VBD/0/root ,/,/2/punct demanding:demand/VBG/2/dep"
        + " the/DT/6/det resignation/NN/4/obj of/IN/8/case Lukashenko/NNP/6/nmod", "Belarusians=BLRCVL", "Lukashenko=BLRGOV"))
        .containsExactly("BLRCVL>BLRGOV:141");
  }

  @Test
  void aThreatIsAimedAtTheSubjectOfItsCondition() {
    assertThat(code("Russia/NNP/2/nsubj threatened:threaten/VBD/0/root to/TO/4/mark stop:stop/VB/2/xcomp"
        + " talks/NNS/4/obj if/IN/8/mark America/NNP/8/nsubj proceeds:proceed/VBZ/4/advcl",
        "Russia=RUS", "America=USA")).containsExactly("RUS>USA:130");
  }

  @Test
  void anActAnnouncedUnlessTheTargetComplies() {
    assertThat(code("Nigeria/NNP/3/nsubj will/MD/3/aux withdraw/VB/0/root troops/NNS/3/obj from/IN/6/case"
        + " Chad/NNP/3/obl unless/IN/10/mark elections/NNS/10/nsubj:pass are:be/VBP/10/aux:pass held:hold/VBN/3/advcl",
        "Nigeria=NGA", "Chad=TCD")).containsExactly("NGA>TCD:139");
    assertThat(code("Nigeria/NNP/3/nsubj will/MD/3/aux withdraw/VB/0/root troops/NNS/3/obj from/IN/6/case"
        + " Chad/NNP/3/obl",
        "Nigeria=NGA", "Chad=TCD")).containsExactly("NGA>TCD:0356");
  }

  @Test
  void theIssuerOfAStatementSpeaksThroughIt() {
    assertThat(code("Iran/NNP/2/nsubj issued:issue/VBD/0/root a/DT/4/det statement/NN/2/obj"
        + " condemning:condemn/VBG/4/acl Iraq/NNP/5/obj",
        "Iran=IRN", "Iraq=IRQ")).containsExactly("IRN>IRQ:122");
    assertThat(code("Iran/NNP/2/nsubj attended:attend/VBD/0/root a/DT/4/det parade/NN/2/obj"
        + " condemning:condemn/VBG/4/acl Iraq/NNP/5/obj",
        "Iran=IRN", "Iraq=IRQ")).as("a parade has no author").isEmpty();
  }

  @Test
  void anActorCoordinatedInsideAnotherMentionsPhraseActsToo() {
    assertThat(code("US/NNP/4/compound and/CC/3/cc British/JJ/1/conj activists/NNS/5/nsubj"
        + " demonstrated:demonstrate/VBD/0/root in/IN/7/case Beijing/NNP/5/obl",
        "US=USAOPP", "British activists=GBROPP", "Beijing=CHN")).containsExactlyInAnyOrder("USAOPP>CHN:141", "GBROPP>CHN:141");
  }

  @Test
  void theFirstActorInTheClauseBringsItsConjuncts() {
    assertThat(code("Iran/NNP/2/nsubj threatened:threaten/VBD/0/root to/TO/4/mark deliver/VB/2/xcomp"
        + " blows/NNS/4/obj to/IN/7/case America/NNP/4/obl and/CC/9/cc Israel/NNP/7/conj",
        "Iran=IRN", "America=USA", "Israel=ISR"))
        .containsExactly("IRN>USA:130", "IRN>ISR:130");
  }

  @Test
  void whatSomeoneWantsAnotherToDoIsNotDone() {
    assertThat(code("Iran/NNP/2/nsubj wants:want/VBZ/0/root Syria/NNP/2/obj to/TO/5/mark attack/VB/2/xcomp Israel/NNP/5/obj",
        "Iran=IRN", "Syria=SYR", "Israel=ISR")).isEmpty();
    assertThat(code("Iran/NNP/2/nsubj hopes:hope/VBZ/0/root that/IN/6/mark Syria/NNP/6/nsubj will/MD/6/aux"
        + " attack/VB/2/ccomp Israel/NNP/6/obj", "Iran=IRN", "Syria=SYR", "Israel=ISR")).isEmpty();
    // wanting to do it oneself is an intent: to attack, a threat of force (138)
    assertThat(code("Iran/NNP/2/nsubj wants:want/VBZ/0/root to/TO/4/mark attack/VB/2/xcomp Israel/NNP/4/obj",
        "Iran=IRN", "Israel=ISR")).containsExactly("IRN>ISR:138");
    // an act another was made to do is done
    assertThat(code("Iran/NNP/2/nsubj forced:force/VBD/0/root Syria/NNP/2/obj to/TO/5/mark withdraw/VB/2/xcomp"
        + " from/IN/7/case Lebanon/NNP/5/obl", "Iran=IRN", "Syria=SYR", "Lebanon=LBN")).containsExactly("SYR>LBN:0874");
  }

  @Test
  void aConditionIsNotAnActDone() {
    // "threatened to attack Israel if America attacked Iraq": only the threat happened
    assertThat(code("Iran/NNP/2/nsubj threatened:threaten/VBD/0/root to/TO/4/mark attack/VB/2/xcomp Israel/NNP/4/obj"
        + " if/IN/8/mark America/NNP/8/nsubj attacked:attack/VBD/4/advcl Iraq/NNP/8/obj",
        "Iran=IRN", "Israel=ISR", "America=USA", "Iraq=IRQ")).containsExactly("IRN>ISR:130");
    // a clause of the same time is news of its own when no act is coded above it ("met reporters as
    // America attacked Iraq", aClauseOfTimeIsBackgroundToAnActAboveIt); under one, it is background
    assertThat(code("Iran/NNP/2/nsubj attacked:attack/VBD/0/root Israel/NNP/2/obj as/IN/6/mark America/NNP/6/nsubj"
        + " attacked:attack/VBD/2/advcl Iraq/NNP/6/obj", "Iran=IRN", "Israel=ISR", "America=USA", "Iraq=IRQ"))
        .containsExactly("IRN>ISR:190");
    // the background is not: "after America attacked Iraq" was reported on its own day
    assertThat(code("Iran/NNP/2/nsubj attacked:attack/VBD/0/root Israel/NNP/2/obj after/IN/6/mark America/NNP/6/nsubj"
        + " attacked:attack/VBD/2/advcl Iraq/NNP/6/obj", "Iran=IRN", "Israel=ISR", "America=USA", "Iraq=IRQ"))
        .containsExactly("IRN>ISR:190");
  }

  @Test
  void whatAnUltimatumDemandsIsNotAnActDone() {
    // "gave Iran a deadline to attack Iraq": the deadline (a dictionary giving it 139) is the event
    assertThat(code("America/NNP/2/nsubj gave:give/VBD/0/root Iran/NNP/2/iobj deadline/NN/2/obj to/TO/6/mark"
        + " attack/VB/2/advcl Iraq/NNP/6/obj", "America=USA", "Iran=IRN", "Iraq=IRQ")).containsExactly("USA>IRN:139");
  }

  @Test
  void aVerbCoordinatedWithTheDemandedClauseIsDemandedToo() {
    assertThat(code("China/NNP/2/nsubj demanded:demand/VBD/0/root that/IN/5/mark America/NNP/5/nsubj attack/VB/2/ccomp"
        + " Iraq/NNP/5/obj and/CC/8/cc attack/VB/5/conj Syria/NNP/8/obj", "China=CHN", "America=USA", "Iraq=IRQ", "Syria=SYR"))
        .containsExactly("CHN>USA:100");
  }

  @Test
  void notHesitatingToActAffirmsTheAct() {
    // "would not hesitate to attack": announced, so a threat of force
    assertThat(code("Iran/NNP/4/nsubj would/MD/4/aux not/RB/4/advmod hesitate/VB/0/root to/TO/6/mark attack/VB/4/xcomp"
        + " Iraq/NNP/6/obj", "Iran=IRN", "Iraq=IRQ")).containsExactly("IRN>IRQ:138");
    // "did not hesitate to attack": done
    assertThat(code("Iran/NNP/4/nsubj did:do/VBD/4/aux not/RB/4/advmod hesitate/VB/0/root to/TO/6/mark attack/VB/4/xcomp"
        + " Iraq/NNP/6/obj", "Iran=IRN", "Iraq=IRQ")).containsExactly("IRN>IRQ:190");
  }

  @Test
  void aParticipleDescribingANounIsNotTheNews() {
    // "Iran condemned rebels attacking Iraq": who the rebels are, not an attack reported
    assertThat(code("Iran/NNP/2/nsubj condemned:condemn/VBD/0/root rebels:rebel/NNS/2/obj attacking:attack/VBG/3/acl"
        + " Iraq/NNP/4/obj", "Iran=IRN", "rebels=IRQREB", "Iraq=IRQ")).containsExactly("IRN>IRQREB:122");
    // a text's participle says what the text does: "issued a statement demanding that America withdraw"
    assertThat(code("Iran/NNP/2/nsubj issued:issue/VBD/0/root a/DT/4/det statement/NN/2/obj demanding:demand/VBG/4/acl"
        + " that/IN/8/mark America/NNP/8/nsubj withdraw/VB/5/ccomp", "Iran=IRN", "America=USA")).containsExactly("IRN>USA:100");
    // "Iran condemned an American plan to attack Iraq": what the plan intends has not been done
    assertThat(code("Iran/NNP/2/nsubj condemned:condemn/VBD/0/root an/DT/5/det American/JJ/5/amod plan/NN/2/obj to/TO/7/mark"
        + " attack/VB/5/acl Iraq/NNP/7/obj", "Iran=IRN", "American=USA", "Iraq=IRQ")).containsExactly("IRN>USA:122");
  }

  @Test
  void theSourcesOwnForcesNamedByAPossessiveAreNotItsTarget() {
    ParsedSentence parsed = parse("Syria/NNP/2/nsubj withdrew:withdraw/VBD/0/root its/PRP$/4/nmod:poss troops/NNS/2/obj"
        + " from/IN/6/case Lebanon/NNP/2/obl");
    Mention troops = TinyParse.mention(parsed, "troops", "SYRMIL");
    Mention own = new Mention(troops.doc(), troops.sentence(), troops.start(), troops.end(), troops.text(), "SYRMIL", "SYR", null,
        "possessive: troops");
    List<Mention> mentions = List.of(TinyParse.mention(parsed, "Syria", "SYR"), own, TinyParse.mention(parsed, "Lebanon", "LBN"));
    assertThat(coder.code(parsed, mentions, DAY)).extracting(e -> e.source().code() + ">" + e.target().code() + ":" + e.code())
        .containsExactly("SYR>LBN:0874");
  }

  @Test
  void anActThatMayComeIsAnnouncedNotDone() {
    // "could attack": a threat of force (138), not an attack (190)
    assertThat(code("Iran/NNP/3/nsubj could/MD/3/aux attack/VB/0/root Israel/NNP/3/obj", "Iran=IRN", "Israel=ISR"))
        .containsExactly("IRN>ISR:138");
    assertThat(code("Iran/NNP/2/nsubj attacked:attack/VBD/0/root Israel/NNP/2/obj", "Iran=IRN", "Israel=ISR"))
        .containsExactly("IRN>ISR:190");
  }

  @Test
  void aParticipleReadAsASmallClauseDescribesTheVerbsObject() {
    // the parser's reading of "freed Lebanese detainees held without trial": "detainees" the participle's subject
    assertThat(code("Israel/NNP/2/nsubj freed:free/VBD/0/root Lebanese/JJ/4/amod detainees/NNS/5/nsubj"
        + " held:hold/VBN/2/xcomp without/IN/7/case trial/NN/5/obl", "Israel=ISR", "Lebanese=LBN"))
        .containsExactly("ISR>LBN:0841");
  }

  @Test
  void aPastParticipleReadAsAClauseIsPassive() {
    // "raped Muslim women held in detention camps": the women are the rape's victims, and held, not holding
    assertThat(code("soldiers:soldier/NNS/2/nsubj raped:rape/VBD/0/root Muslim/JJ/4/amod women:woman/NNS/5/nsubj"
        + " held:hold/VBN/2/ccomp in/IN/7/case camps:camp/NNS/5/obl", "soldiers=BIHMIL", "women=BIHCVL"))
        .containsExactly("BIHMIL>BIHCVL:1821");
    // "returned the archives, soldiers attacked by Iran ...": with the verb's object taken, the noun is the participle's patient
    assertThat(code("Iraq/NNP/2/nsubj returned:return/VBD/0/root archives:archive/NNS/2/obj ,/,/2/punct"
        + " soldiers:soldier/NNS/6/nsubj attacked:attack/VBN/2/dep by/IN/8/case Iran/NNP/6/obl",
        "Iraq=IRQ", "soldiers=KWTMIL", "Iran=IRN"))
        .containsExactly("IRN>KWTMIL:190");
  }

  @Test
  void aVerbWithAnObjectReadAsAParticipleOfTheAgentIsTheSentencesVerb() {
    // the parser's reading of "a bomb planted by insurgents killed soldiers and their interpreter"
    assertThat(code("bomb/NN/2/nsubj planted:plant/VBN/0/root by/IN/4/case insurgents:insurgent/NNS/2/obl"
        + " killed:kill/VBN/4/acl soldiers:soldier/NNS/5/obj and/CC/9/cc their/PRP$/9/nmod:poss interpreter/NN/4/conj",
        "insurgents=AFGREB", "soldiers=CANMIL", "interpreter=AFGCVL"))
        .containsExactlyInAnyOrder("AFGREB>CANMIL:190", "AFGREB>AFGCVL:190");
  }

  @Test
  void aVerbCoordinatedWithoutAnAuxiliaryOfItsOwnSharesTheFirstConjunctsIntent() {
    // "Iran will free the sailors and withdraw troops from Lebanon": both announced
    assertThat(code("Iran/NNP/3/nsubj will/MD/3/aux free:free/VB/0/root sailors:sailor/NNS/3/obj and/CC/6/cc"
        + " withdraw/VB/3/conj troops:troop/NNS/6/obj from/IN/9/case Lebanon/NNP/6/obl", "Iran=IRN", "sailors=GBRMIL",
        "Lebanon=LBN")).containsExactlyInAnyOrder("IRN>GBRMIL:0353", "IRN>LBN:0356");
  }

  @Test
  void aPossibleActIsAThreatOnlyOnItsActorsOwnWordOrAWarning() {
    String clause = " Egypt/NNP/5/nsubj could/MD/5/aux attack/VB/2/ccomp Israel/NNP/5/obj";
    assertThat(code("Analysts:analyst/NNS/2/nsubj said:say/VBD/0/root" + clause, "Egypt=EGY", "Israel=ISR")).isEmpty();
    assertThat(code("Cairo/NNP/2/nsubj said:say/VBD/0/root" + clause, "Cairo=EGY", "Egypt=EGY", "Israel=ISR"))
        .containsExactly("EGY>ISR:138");
    assertThat(code("Analysts:analyst/NNS/2/nsubj warned:warn/VBD/0/root" + clause, "Egypt=EGY", "Israel=ISR"))
        .containsExactly("EGY>ISR:138");
  }

  @Test
  void aVowCodedByItsBlockAloneIsTheIntentOfItsComplement() {
    // "Gaddafi vowed to attack the protesters": a threat of force (138), not a bare promise (030)
    assertThat(code("Gaddafi/NNP/2/nsubj vowed:vow/VBD/0/root to/TO/4/mark attack/VB/2/xcomp protesters:protester/NNS/4/obj",
        "Gaddafi=LBYGOV", "protesters=LBYOPP")).containsExactly("LBYGOV>LBYOPP:138");
  }

  @Test
  void whatIsReturnedGoesBackToWhomItsRelativeClauseTookItFrom() {
    // the parser's reading of "Russia returned vessels it had seized from Ukraine": the clause set beside the verb
    assertThat(code("Russia/NNP/2/nsubj returned:return/VBD/0/root vessels:vessel/NNS/2/obj it/PRP/6/nsubj had/VBD/6/aux"
        + " seized:seize/VBN/2/parataxis from/IN/8/case Ukraine/NNP/6/obl", "Russia=RUS", "it=RUS", "Ukraine=UKR"))
        .contains("RUS>UKR:0842");
  }

  @Test
  void sanctionsLiftedAreLiftedForWhomTheirRelativeClausePutThemOn() {
    // the parser's reading of "the United States lifted most of the sanctions it imposed on Sudan": the relative
    // clause with no "that" hung loose on the verb
    String lifted = "States:state/NNPS/2/nsubj lifted:lift/VBD/0/root most/JJS/2/obj of/IN/6/case the/DT/6/det"
        + " sanctions:sanction/NNS/3/obl it/PRP/8/nsubj imposed:impose/VBD/2/%s on/IN/10/case Sudan/NNP/8/obl";
    assertThat(code(lifted.formatted("dep"), "States=USA", "it=USA", "Sudan=SDN")).contains("USA>SDN:0814");
    assertThat(code(lifted.formatted("ccomp"), "States=USA", "it=USA", "Sudan=SDN")).contains("USA>SDN:0814");
    // a clause of its own after an object of telling is what is told, not a relative clause
    assertThat(code("Iran/NNP/2/nsubj told:tell/VBD/0/root Iraq/NNP/2/obj it/PRP/5/nsubj lifted:lift/VBD/2/ccomp"
        + " sanctions:sanction/NNS/5/obj", "Iran=IRN", "Iraq=IRQ", "it=IRN")).doesNotContain("IRN>IRQ:0814");
  }

  @Test
  void whatAConditionsComplementSaysAndWhatIsToComeAsSoonAsSomethingHappensAreNotDone() {
    // "Georgia threatened to impose emergency rule if protesters continued to block the avenue"
    String blocked = "Georgia/NNP/2/nsubj threatened:threaten/VBD/0/root if/IN/5/mark protesters:protester/NNS/5/nsubj"
        + " continued:continue/VBD/2/advcl to/TO/7/mark block/VB/5/xcomp parliament/NN/7/obj";
    assertThat(code(blocked, "Georgia=GEOGOV", "protesters=GEOOPP", "parliament=GEOLEG"))
        .doesNotContain("GEOOPP>GEOLEG:144");
    // "Washington would lift sanctions on Iran as soon as Iran freed the sailors"
    String freed = "Washington/NNP/3/nsubj would/MD/3/aux lift:lift/VB/0/root sanctions:sanction/NNS/3/obj as/RB/6/advmod"
        + " soon/RB/3/advmod as/IN/9/mark Iran/NNP/9/nsubj freed:free/VBD/6/advcl sailors:sailor/NNS/9/obj";
    assertThat(code(freed, "Washington=USA", "Iran=IRN", "sailors=GBRMIL")).doesNotContain("IRN>GBRMIL:0841");
    // once is a time still to come too; a plain time clause is not
    String once = "Washington/NNP/3/nsubj will/MD/3/aux lift:lift/VB/0/root sanctions:sanction/NNS/3/obj once/IN/7/mark"
        + " Iran/NNP/7/nsubj frees:free/VBZ/3/advcl sailors:sailor/NNS/7/obj";
    assertThat(code(once, "Washington=USA", "Iran=IRN", "sailors=GBRMIL")).doesNotContain("IRN>GBRMIL:0841");
    assertThat(code(once.replace("once/IN", "as/IN"), "Washington=USA", "Iran=IRN", "sailors=GBRMIL"))
        .contains("IRN>GBRMIL:0841");
    // "until" with the present is still to come; with the past it tells what happened
    assertThat(code(once.replace("once/IN", "until/IN"), "Washington=USA", "Iran=IRN", "sailors=GBRMIL"))
        .doesNotContain("IRN>GBRMIL:0841");
    assertThat(code(once.replace("once/IN", "until/IN").replace("frees:free/VBZ", "freed:free/VBD"), "Washington=USA",
        "Iran=IRN", "sailors=GBRMIL")).contains("IRN>GBRMIL:0841");
  }

  @Test
  void aThreatIsAimedAtTheConditionOfAnInfinitiveTheParserHungAsAnAdverbialClause() {
    // "Iran threatened to attack ships unless Israel withdrew": the threat is aimed at Israel
    assertThat(code("Iran/NNP/2/nsubj threatened:threaten/VBD/0/root to/TO/4/mark attack/VB/2/advcl ships:ship/NNS/4/obj"
        + " unless/IN/8/mark Israel/NNP/8/nsubj withdrew:withdraw/VBD/4/advcl", "Iran=IRN", "Israel=ISR"))
        .contains("IRN>ISR:130");
  }

  @Test
  void aYieldingActNegatedWithWillIsARefusal() {
    // "Israel will not withdraw its troops from Lebanon" refuses to de-escalate (1246)
    assertThat(code("Israel/NNP/4/nsubj will/MD/4/aux not/RB/4/advmod withdraw/VB/0/root troops:troop/NNS/4/obj"
        + " from/IN/7/case Lebanon/NNP/4/obl", "Israel=ISR", "Lebanon=LBN")).containsExactly("ISR>LBN:1246");
    // an act not done, or one that cannot be, refuses nothing
    assertThat(code("Iran/NNP/4/nsubj did/VBD/4/aux not/RB/4/advmod free:free/VB/0/root sailors:sailor/NNS/4/obj",
        "Iran=IRN", "sailors=GBRMIL")).isEmpty();
    assertThat(code("Iran/NNP/4/nsubj could/MD/4/aux not/RB/4/advmod free:free/VB/0/root sailors:sailor/NNS/4/obj",
        "Iran=IRN", "sailors=GBRMIL")).isEmpty();
  }

  @Test
  void aParticipleAfterACommaReadAsAnAdjectiveInsideASecondObjectIsAClause() {
    // "imposed sanctions on South Africa, overriding President Reagan's veto": the veto's owner is no target
    assertThat(code("Congress/NNP/2/nsubj imposed:impose/VBD/0/root sanctions:sanction/NNS/2/obj on/IN/5/case"
        + " Africa/NNP/3/nmod ,/,/2/punct overriding:override/VBG/8/amod Reagan/NNP/10/nmod:poss 's/POS/8/case"
        + " veto/NN/2/obj", "Congress=USALEG", "Africa=ZAF", "Reagan=USAGOV"))
        .containsExactly("USALEG>ZAF:163");
  }

  @Test
  void aDayReadAsTheSubjectOfAnInfinitiveIsTheVerbsTime() {
    // the parser's reading of "threatened on Wednesday to attack Israel": "on" a marker, the day a subject
    assertThat(code("Iran/NNP/2/nsubj threatened:threaten/VBD/0/root on/IN/6/mark Wednesday/NNP/6/nsubj to/TO/6/mark"
        + " attack/VB/2/advcl Israel/NNP/6/obj", "Iran=IRN", "Israel=ISR")).containsExactly("IRN>ISR:130");
  }

  @Test
  void theChargeOfAnAccusationIsNotAnActOfTheAccuser() {
    assertThat(code("Iran/NNP/2/nsubj accused:accuse/VBD/0/root Israel/NNP/2/obj of/IN/5/mark attacking:attack/VBG/2/advcl"
        + " Syria/NNP/5/obj", "Iran=IRN", "Israel=ISR", "Syria=SYR")).containsExactly("IRN>ISR:112");
    // an adverbial clause of another kind is the subject's own act
    assertThat(code("Iran/NNP/2/nsubj accused:accuse/VBD/0/root Israel/NNP/2/obj while/IN/5/mark attacking:attack/VBG/2/advcl"
        + " Syria/NNP/5/obj", "Iran=IRN", "Israel=ISR", "Syria=SYR")).contains("IRN>ISR:112", "IRN>SYR:190");
    // so is what the accuser charges in a reported clause, and each act charged: "accused that Israel
    // attacked and seized Syria"
    assertThat(code("Iran/NNP/2/nsubj accused:accuse/VBD/0/root that/IN/5/mark Israel/NNP/5/nsubj attacked:attack/VBD/2/ccomp"
        + " and/CC/7/cc seized:seize/VBD/5/conj Syria/NNP/5/obj", "Iran=IRN", "Israel=ISR", "Syria=SYR"))
        .containsExactly("IRN>ISR:112");
  }

  @Test
  void oneActOnTwoPlacesOfOneActorIsOneEvent() {
    // "Iran attacked Gaza and Rafah": one attack on the Palestinians; a second actor makes a second event
    String twoPlaces = "Iran/NNP/2/nsubj attacked:attack/VBD/0/root Gaza/NNP/2/obj and/CC/5/cc Rafah/NNP/3/conj";
    assertThat(code(twoPlaces, "Iran=IRN", "Gaza=PSE", "Rafah=PSE")).containsExactly("IRN>PSE:190");
    assertThat(code(twoPlaces, "Iran=IRN", "Gaza=PSE", "Rafah=EGY")).containsExactly("IRN>PSE:190", "IRN>EGY:190");
    // "Iranian jets and helicopters attacked Gaza": one Iranian attack
    String twoArms = "jets:jet/NNS/4/nsubj and/CC/3/cc helicopters:helicopter/NNS/1/conj attacked:attack/VBD/0/root Gaza/NNP/4/obj";
    assertThat(code(twoArms, "jets=IRNMIL", "helicopters=IRNMIL", "Gaza=PSE")).containsExactly("IRNMIL>PSE:190");
  }

  @Test
  void anAdverbialClauseTellingOfTheSameActIsCodedOnlyWhenItsVerbIsNot() {
    // "Iran condemned Israel, accusing it of attacking Syria": one act, the condemnation
    String accusing = "Iran/NNP/2/nsubj condemned:condemn/VBD/0/root Israel/NNP/2/obj ,/,/5/punct accusing:accuse/VBG/2/advcl"
        + " Syria/NNP/5/obj";
    assertThat(code(accusing, "Iran=IRN", "Israel=ISR", "Syria=SYR")).containsExactly("IRN>ISR:122");
    // with no event of its own the governing verb leaves the clause its act
    String travelled = "Iran/NNP/2/nsubj travelled:travel/VBD/0/root ,/,/4/punct accusing:accuse/VBG/2/advcl Syria/NNP/4/obj";
    assertThat(code(travelled, "Iran=IRN", "Syria=SYR")).containsExactly("IRN>SYR:112");
    // the parser may read the participle as a conjunct: still how the act was done
    assertThat(code(accusing.replace("accusing:accuse/VBG/2/advcl", "accusing:accuse/VBG/2/conj"), "Iran=IRN", "Israel=ISR",
        "Syria=SYR")).containsExactly("IRN>ISR:122");
    // a finite verb coordinated is an act of its own: "condemned Israel and accused Syria"
    assertThat(code(accusing.replace(",/,/5/punct", "and/CC/5/cc").replace("accusing:accuse/VBG/2/advcl", "accused:accuse/VBD/2/conj"),
        "Iran=IRN", "Israel=ISR", "Syria=SYR")).containsExactly("IRN>ISR:122", "IRN>SYR:112");
  }

  @Test
  void aNameTheDictionariesLackStandsForTheActorItsAppositionNames() {
    assertThat(code("Iran/NNP/2/nsubj attacked:attack/VBD/0/root Libbi/NNP/2/obj ,/,/3/punct a/DT/8/det senior/JJ/8/amod"
        + " al-Qaida/NNP/8/compound commander/NN/3/appos in/IN/10/case Tehran/NNP/2/obl",
        "Iran=IRN", "al-Qaida=IMGMUSALQ", "Tehran=IRN")).containsExactly("IRN>IMGMUSALQ:190");
    // a common noun is not a name: "the city, a stronghold of al-Qaida" is still the city
    assertThat(code("Iran/NNP/2/nsubj attacked:attack/VBD/0/root the/DT/4/det city/NN/2/obj ,/,/4/punct a/DT/7/det"
        + " stronghold/NN/4/appos of/IN/9/case al-Qaida/NNP/7/nmod in/IN/11/case Tehran/NNP/2/obl",
        "Iran=IRN", "al-Qaida=IMGMUSALQ", "Tehran=IRN")).isEmpty();
  }

  @Test
  void theSubjectOfASmallClauseIsWhatTheVerbActsOn() {
    assertThat(code("Iran/NNP/2/nsubj condemned:condemn/VBD/0/root Israel/NNP/4/nsubj aggressor/NN/2/xcomp",
        "Iran=IRN", "Israel=ISR")).containsExactly("IRN>ISR:122");
  }

  @Test
  void aPartnerReadAsTheSubjectOfAnInfinitiveIsTheVerbsPartner() {
    // the parser's reading of "Iran agreed with al-Qaeda to let them work": "with" a marker, al-Qaeda the infinitive's subject
    assertThat(code("Iran/NNP/2/nsubj agreed:agree/VBD/0/root with/IN/6/mark al-Qaeda/NNP/6/nsubj to/TO/6/mark"
        + " let/VB/2/advcl them/PRP/6/obj work/VB/6/xcomp", "Iran=IRN", "al-Qaeda=IMGMUSALQ"))
        .containsExactly("IRN>IMGMUSALQ:030");
  }

  @Test
  void theSubjectOfABareInfinitiveAfterLetIsWhatRefusingToLetAimsAt() {
    // the parser's reading of "Turkey refused to let U.S. troops use its bases", "use" tagged a present tense
    assertThat(code("Turkey/NNP/2/nsubj refused:refuse/VBD/0/root to/TO/4/mark let/VB/2/xcomp troops/NNS/6/nsubj"
        + " use/VBP/4/ccomp bases:basis/NNS/6/obj", "Turkey=TUR", "troops=USAMIL")).containsExactly("TUR>USAMIL:120");
  }

  @Test
  void aNounFollowedByTheNameItIntroducesIsThatName() {
    // "the pro-Iranian group Islamic Jihad attacked Israel": the parser hangs the name on "group" as dep
    String tokens = "the/DT/3/det pro-Iranian/JJ/3/amod group/NN/5/nsubj Jihad/NNP/3/dep attacked:attack/VBD/0/root"
        + " Israel/NNP/5/obj";
    assertThat(code(tokens, "pro-Iranian=IRN", "Jihad=LBNREB", "Israel=ISR")).containsExactly("LBNREB>ISR:190");
    // a common noun after it is no name: the actor modifying the noun stays
    assertThat(code("the/DT/3/det pro-Iranian/JJ/3/amod group/NN/5/nsubj militants/NNS/3/dep attacked:attack/VBD/0/root"
        + " Israel/NNP/5/obj", "pro-Iranian=IRN", "militants=LBNREB", "Israel=ISR")).containsExactly("IRN>ISR:190");
  }

  @Test
  void anObjectDeterminedByNoNegatesTheAct() {
    // "Iran attacked no targets in Israel", as "police made no arrests": nothing was done
    assertThat(code("Iran/NNP/2/nsubj attacked:attack/VBD/0/root no/DT/4/det targets:target/NNS/2/obj in/IN/6/case"
        + " Israel/NNP/2/obl", "Iran=IRN", "Israel=ISR")).isEmpty();
    assertThat(code("Iran/NNP/2/nsubj attacked:attack/VBD/0/root the/DT/4/det targets:target/NNS/2/obj in/IN/6/case"
        + " Israel/NNP/2/obl", "Iran=IRN", "Israel=ISR")).containsExactly("IRN>ISR:190");
  }
}
