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
import org.dyad.nlp.verbs.VerbDictionary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Which words a verb's patterns see and which phrase fills the target: the "that" of a reported
 * clause, a subject shared with the verb's governor, the "to" of an infinitive (no preposition), the
 * nearer of two prepositional targets, the owner a possessive pronoun names, and the actor an object
 * is about rather than the source's own state that modifies it, whom an inquiry looks into, and who
 * used the thing a subject names.
 */
class PatternArgumentsTest {

  private static final LocalDate DAY = LocalDate.of(1995, 11, 6);

  private static final String VERBS = """
      ####### SYNONYM SETS #######
      &CROWD
      +YOUTH
      +PROTESTER

      &POLICE
      +POLICE

      ####### VERB PATTERNS #######
      --- ORDER [100] ---
      ORDER
      - * VACATE              [166]

      --- CHARGE [173] ---
      CHARGE
      - * THAT                [112]
      - * (INTO +)            [182]

      --- CLUB [182] ---
      PELT
      BURN
      - &CROWD * &POLICE      [145]

      --- STAND [---] ---
      STAND
      - * READY               [---]
      - * (TO +)              [124]

      --- HELP [070] ---
      HELP

      --- GIVE [070] ---
      EXTEND
      APPROVE
      SUPPLY
      - * LOAN                [071]

      --- SEIZE [171] ---
      SEIZE
      - * CONTROL             [192]

      --- AGREE [030] ---
      AGREE
      - * ARMS                [0332]

      --- IMPOSE [---] ---
      IMPOSE
      - * SANCTION            [163]

      --- ALLOW [080] ---
      LET
      - * MONITOR             [0862]

      --- KIDNAP [181] ---
      ABDUCT

      --- MASSACRE [202] ---
      MASSACRE

      --- DEMONSTRATE [141] ---
      DEMONSTRATE

      --- STAGE [---] ---
      STAGE
      - * VIGIL               [141]

      --- MOBILIZE [154] ---
      MOBILIZE

      --- KILL [190] ---
      KILL

      --- REVOKE [172] ---
      REVOKE

      --- LAUNCH [---] ---
      BEGIN
      - * MISSILE             [150]

      --- SUSPEND [160] ---
      SUSPEND
      - * RELATION            [161]
      - * PROTEST             [082]

      --- OPEN [---] ---
      OPEN
      - * FIRE (AT +)         [193]
      - * FIRE (ON +)         [193]
      - * INQUIRY             [090]

      --- PROMISE [030] ---
      PROMISE

      --- DENY [016] ---
      DENY

      --- DECLARE [010] ---
      DECLARE

      --- WITHDRAW [0874] ---
      WITHDRAW

      ####### TRANSFORMATIONS #######
      ~ a (a b WITHDRAW) PROMISE = a b 0356
      """;

  private static DependencyEventCoder coder;

  @BeforeAll
  static void read() throws Exception {
    VerbDictionary verbs = PetrarchVerbReader.read("test.verbs", new StringReader(VERBS)).dictionary();
    coder = new DependencyEventCoder(verbs, CameoOntology.cameo());
  }

  /** Events as "SOURCE>TARGET:CODE"; mentions written "words=CODE", or "words=CODE=rule" for another rule. */
  private static List<String> code(String tokens, String... written) {
    ParsedSentence parsed = parse(tokens);
    List<Mention> mentions = new ArrayList<>();
    for (String w : written) {
      String[] parts = w.split("=");
      Mention m = TinyParse.mention(parsed, parts[0], parts[1]);
      mentions.add(parts.length < 3 ? m
          : new Mention(m.doc(), m.sentence(), m.start(), m.end(), m.text(), m.code(), m.actor(), m.person(), parts[2]));
    }
    return coder.code(parsed, mentions, DAY).stream().map(e -> e.source().code() + ">" + e.target().code() + ":" + e.code()).toList();
  }

  @Test
  void aPatternMayAskForTheThatOfAReportedClause() {
    assertThat(code("Amnesty/NNP/2/nsubj charged:charge/VBD/0/root that/IN/5/mark police/NNS/5/nsubj tortured:torture/VBD/2/ccomp"
        + " Kurds/NNPS/5/obj", "Amnesty=NGO", "police=TURCOP")).contains("NGO>TURCOP:112");
    // the parser may hang "that" on the clause as dep
    assertThat(code("Amnesty/NNP/2/nsubj charged:charge/VBD/0/root that/WDT/5/dep police/NNS/5/nsubj tortured:torture/VBD/2/ccomp"
        + " Kurds/NNPS/5/obj", "Amnesty=NGO", "police=TURCOP")).contains("NGO>TURCOP:112");
    // without the clause, the verb's own code
    assertThat(code("Turkey/NNP/2/nsubj charged:charge/VBD/0/root Amnesty/NNP/2/obj", "Turkey=TUR", "Amnesty=NGO"))
        .containsExactly("TUR>NGO:173");
  }

  @Test
  void ofPatternsAsSpecificAndAsDeepTheWordsEndingSoonerAfterTheVerbWin() {
    // "suspended relations with Russia in protest": the object, though the protest is written exactly
    assertThat(code("Georgia/NNP/2/nsubj suspended:suspend/VBD/0/root relations:relation/NNS/2/obj with/IN/5/case"
        + " Russia/NNP/3/nmod in/IN/7/case protest/NN/2/obl", "Georgia=GEO", "Russia=RUS")).containsExactly("GEO>RUS:161");
  }

  @Test
  void aVerbCodedOnlyByWordsOfItsCodedComplementLeavesTheEventToIt() {
    // "has begun supplying rebels with missiles" is aid, not a missile launch
    assertThat(code("States/NNP/3/nsubj has/VBZ/3/aux begun:begin/VBN/0/root supplying:supply/VBG/3/xcomp"
        + " rebels:rebel/NNS/4/obj with/IN/7/case missiles:missile/NNS/4/obl", "States=USA", "rebels=AFGREB"))
        .containsExactly("USA>AFGREB:070");
  }

  @Test
  void propertySeizedIsSeizedFromWhomeverTheObjectNames() {
    // "seized a stake in YPF from Repsol": the seizure is Repsol's loss, not YPF's
    assertThat(code("Argentina/NNP/2/nsubj seized:seize/VBD/0/root a/DT/4/det stake/NN/2/obj in/IN/6/case YPF/NNP/4/nmod"
        + " from/IN/8/case Repsol/NNP/2/obl", "Argentina=ARG", "YPF=ARGBUS", "Repsol=ESPBUS"))
        .containsExactly("ARG>ESPBUS:171");
    // "seized control of YPF from Repsol": control taken, as of a town, is taken from its holder too
    assertThat(code("Argentina/NNP/2/nsubj seized:seize/VBD/0/root control/NN/2/obj of/IN/5/case YPF/NNP/3/nmod"
        + " from/IN/7/case Repsol/NNP/2/obl", "Argentina=ARG", "YPF=ARGBUS", "Repsol=ESPBUS"))
        .containsExactly("ARG>ESPBUS:192");
  }

  @Test
  void anAgreementsPatternReachingPastItsComplementsObjectLeavesTheEventToTheComplement() {
    // "agreed to impose sanctions, including a ban on arms sales" is the sanctions, not military aid
    assertThat(code("Community/NNP/2/nsubj agreed:agree/VBD/0/root to/TO/4/mark impose/VB/2/xcomp"
        + " sanctions:sanction/NNS/4/obj on/IN/7/case Syria/NNP/5/nmod including:include/VBG/10/case a/DT/10/det"
        + " ban/NN/5/nmod on/IN/13/case arms/NNS/13/compound sales:sale/NNS/10/nmod", "Community=IGOEUREEC", "Syria=SYR"))
        .containsExactly("IGOEUREEC>SYR:163");
    // "agreed to supply arms to Syria": the pattern is written for the complement's object
    assertThat(code("Russia/NNP/2/nsubj agreed:agree/VBD/0/root to/TO/4/mark supply/VB/2/xcomp arms/NNS/4/obj"
        + " to/IN/7/case Syria/NNP/4/obl", "Russia=RUS", "Syria=SYR")).containsExactly("RUS>SYR:0332");
  }

  @Test
  void aPromiseThatATransformationReadsAsAnIntentIsNotABarePromiseBesides() {
    // "Russia promised Moldova that it would withdraw troops from Chisinau": the intent to withdraw, once
    assertThat(code("Russia/NNP/2/nsubj promised:promise/VBD/0/root Moldova/NNP/2/obj that/IN/7/mark it/PRP/7/nsubj"
        + " would/MD/7/aux withdraw/VB/2/ccomp troops:troop/NNS/7/obj from/IN/10/case Chisinau/NNP/7/obl",
        "Russia=RUS", "Moldova=MDA", "it=RUS", "Chisinau=MDA")).containsExactly("RUS>MDA:0356");
  }

  @Test
  void aDeniedActIsNotDone() {
    String clause = " that/IN/5/mark troops:troop/NNS/5/nsubj killed:kill/VBD/2/ccomp rebels:rebel/NNS/5/obj";
    assertThat(code("Rwanda/NNP/2/nsubj denied:deny/VBD/0/root" + clause, "Rwanda=RWA", "troops=RWAMIL", "rebels=CODREB"))
        .isEmpty();
    // a promise of it is one
    assertThat(code("Rwanda/NNP/2/nsubj promised:promise/VBD/0/root" + clause, "Rwanda=RWA", "troops=RWAMIL", "rebels=CODREB"))
        .contains("RWAMIL>CODREB:190");
  }

  @Test
  void aSubjectSharedWithTheGoverningVerbMeetsTheSourcesPattern() {
    // "Youths burned cars and pelted police": the youths pelted the police, a riot
    assertThat(code("Youths:youth/NNS/2/nsubj burned:burn/VBD/0/root cars:car/NNS/2/obj and/CC/5/cc pelted:pelt/VBD/2/conj"
        + " police/NNS/5/obj", "Youths=FRACVL", "police=FRACOP")).containsExactly("FRACVL>FRACOP:145");
  }

  @Test
  void theToOfAnInfinitiveIntroducesNoPrepositionalPhrase() {
    // "stands ready to help Iraq": the parser hangs the infinitive on the adjective as dep; it is the
    // adjective's complement, an act announced (033), and its "to" is no "stood up to"
    assertThat(code("Japan/NNP/2/nsubj stands:stand/VBZ/0/root ready/JJ/2/xcomp to/TO/5/mark help/VB/3/dep Iraq/NNP/5/obj",
        "Japan=JPN", "Iraq=IRQ")).containsExactly("JPN>IRQ:033");
    assertThat(code("Japan/NNP/2/nsubj stood:stand/VBD/0/root up/RP/2/compound:prt to/IN/5/case China/NNP/2/obl",
        "Japan=JPN", "China=CHN")).containsExactly("JPN>CHN:124");
  }

  @Test
  void misparsedClausesAreRepaired() {
    // "let inspectors monitor the sites": the parser's reported clause is the object and its complement
    assertThat(code("Iran/NNP/2/nsubj let/VBD/0/root inspectors:inspector/NNS/4/nsubj monitor/VB/2/ccomp sites:site/NNS/4/obj",
        "Iran=IRN", "inspectors=IGOUNO")).containsExactly("IRN>IGOUNO:0862");
    // "Gunmen dressed in uniforms abducted Britons": the parser made the participle the root
    assertThat(code("Gunmen:gunman/NNS/2/nsubj dressed:dress/VBN/0/root in/IN/4/case uniforms:uniform/NNS/2/obl"
        + " abducted:abduct/VBD/2/dep Britons/NNPS/5/obj", "Gunmen=IRQUAF", "Britons=GBRCVL")).containsExactly("IRQUAF>GBRCVL:181");
    // "Japan stands ready to extend loans to Indonesia, the minister said": the parser hung the
    // adjective and the infinitive on "said"; the loans are an intent to give aid
    assertThat(code("Japan/NNP/2/nsubj stands:stand/VBZ/0/root ready/JJ/11/dep to/TO/5/mark extend/VB/11/advcl loans:loan/NNS/5/obj"
        + " to/IN/8/case Indonesia/NNP/5/obl ,/,/11/punct minister/NN/11/nsubj said:say/VBD/2/ccomp", "Japan=JPN", "Indonesia=IDN"))
        .containsExactly("JPN>IDN:0331");
    // "Putin said on Monday Moscow would extend loans to Kiev": the parser read "on Monday Moscow" as
    // one phrase and hung "extend" on "said"; Moscow is the subject of what Putin announced
    assertThat(code("Putin/NNP/2/nsubj said:say/VBD/0/root on/IN/5/case Monday/NNP/5/compound Moscow/NNP/2/obl would/MD/7/aux"
        + " extend/VB/2/dep loans:loan/NNS/7/obj to/IN/10/case Kiev/NNP/7/obl", "Putin=RUSGOV", "Moscow=RUS", "Kiev=UKR"))
        .containsExactly("RUS>UKR:0331");
    // so with an adverb among the reported verb's auxiliaries: "Moscow would not hesitate to extend loans"
    assertThat(code("Putin/NNP/2/nsubj said:say/VBD/0/root on/IN/5/case Monday/NNP/5/compound Moscow/NNP/2/obl would/MD/8/aux"
        + " not/RB/8/advmod hesitate/VB/2/dep to/TO/10/mark extend/VB/8/xcomp loans:loan/NNS/10/obj to/IN/13/case"
        + " Kiev/NNP/10/obl", "Putin=RUSGOV", "Moscow=RUS", "Kiev=UKR")).containsExactly("RUS>UKR:0331");
  }

  @Test
  void anActDeclaredReadyForIsAnnouncedByTheDeclarer() {
    // "Uzbekistan declared itself ready on Monday to help Iraq": the parser read "on Monday" as the
    // infinitive's subject and marker; the day is the adjective's time, the act its complement, and the
    // reflexive subject of the adjective the declarer, whose statement (010) does not speak for the act
    assertThat(code("Uzbekistan/NNP/2/nsubj declared:declare/VBD/0/root itself/PRP/4/nsubj ready/JJ/2/xcomp on/IN/8/mark"
        + " Monday/NNP/8/nsubj to/TO/8/mark help/VB/4/advcl Iraq/NNP/8/obj", "Uzbekistan=UZB", "Iraq=IRQ"))
        .containsExactlyInAnyOrder("UZB>IRQ:010", "UZB>IRQ:033");
  }

  @Test
  void theStateBeforeAHyphenatedLeaderOrBackerNamesTheSubject() {
    // "Saudi-led coalition warplanes massacred Yemenis": the parser hangs "Saudi" on "led" as dep
    assertThat(code("Saudi/JJ/3/dep -/HYPH/3/punct led:lead/VBN/5/amod coalition/NN/5/compound warplanes:warplane/NNS/6/nsubj"
        + " massacred:massacre/VBD/0/root Yemenis:yemeni/NNPS/6/obj", "Saudi=SAU", "Yemenis=YEMCVL")).containsExactly("SAU>YEMCVL:202");
    // a state that only owned or made the thing is not who acts
    assertThat(code("Saudi/JJ/3/dep -/HYPH/3/punct owned:own/VBN/5/amod coalition/NN/5/compound warplanes:warplane/NNS/6/nsubj"
        + " massacred:massacre/VBD/0/root Yemenis:yemeni/NNPS/6/obj", "Saudi=SAU", "Yemenis=YEMCVL")).isEmpty();
  }

  @Test
  void aReducedRelativeInAReportedClauseIsRepaired() {
    // "Troops commanded by Mladic massacred men, investigators said": the parser hung the clause's verb on
    // the participle as dep, and the participle on "said"
    assertThat(code("Troops:troop/NNS/2/nsubj commanded:command/VBN/9/advcl by/IN/4/case Mladic/NNP/2/obl"
        + " massacred:massacre/VBD/2/dep men:man/NNS/5/obj ,/,/9/punct investigators:investigator/NNS/9/nsubj"
        + " said:say/VBD/0/root", "Troops=BIHMIL", "Mladic=BIHMIL", "men=BIHCVL"))
        .containsExactly("BIHMIL>BIHCVL:202");
    // "Militiamen armed with machetes killed men, witnesses said", the participle governed as a reported clause
    assertThat(code("Militiamen:militiaman/NNS/2/nsubj armed:arm/VBN/9/ccomp with/IN/4/case machetes:machete/NNS/2/obl"
        + " killed:kill/VBD/2/dep men:man/NNS/5/obj ,/,/9/punct witnesses:witness/NNS/9/nsubj"
        + " said:say/VBD/0/root", "Militiamen=RWAUAF", "men=RWACVL"))
        .containsExactly("RWAUAF>RWACVL:190");
  }

  @Test
  void aPhraseNamingOnlyTheSourcesOwnCodeGivesWayToTheNext() {
    // "Koreans staged vigils in Seoul against Lee": Seoul is the Koreans' own code, so Lee is the target
    assertThat(code("Koreans:korean/NNPS/2/nsubj staged:stage/VBD/0/root vigils:vigil/NNS/2/obj in/IN/5/case"
        + " Seoul/NNP/2/obl against/IN/7/case Lee/NNP/2/obl", "Koreans=KOR", "Seoul=KOR", "Lee=KORGOV"))
        .containsExactly("KOR>KORGOV:141");
  }

  @Test
  void aPlaceInTheSourcesOwnCountryIsTheTargetOnlyWhenNothingElseIs() {
    // "New Zealanders demonstrated in Auckland against France": Auckland is where, France whom
    assertThat(code("Zealanders:zealander/NNPS/2/nsubj demonstrated:demonstrate/VBD/0/root in/IN/4/case Auckland/NNP/2/obl"
        + " against/IN/6/case France/NNP/2/obl", "Zealanders=NZLCVL", "Auckland=NZL", "France=FRA"))
        .containsExactly("NZLCVL>FRA:141");
    assertThat(code("Zealanders:zealander/NNPS/2/nsubj demonstrated:demonstrate/VBD/0/root in/IN/4/case Auckland/NNP/2/obl",
        "Zealanders=NZLCVL", "Auckland=NZL")).containsExactly("NZLCVL>NZL:141");
  }

  @Test
  void ofTwoPrepositionalTargetsTheNearerWins() {
    assertThat(code("Gunmen:gunman/NNS/2/nsubj opened:open/VBD/0/root fire/NN/2/obj on/IN/5/case tourists:tourist/NNS/2/obl"
        + " at/IN/7/case Luxor/NNP/2/obl", "Gunmen=EGYUAF", "tourists=JPNCVL", "Luxor=EGY")).containsExactly("EGYUAF>JPNCVL:193");
    assertThat(code("Gunmen:gunman/NNS/2/nsubj opened:open/VBD/0/root fire/NN/2/obj at/IN/5/case tourists:tourist/NNS/2/obl"
        + " on/IN/7/case Monday/NNP/2/obl", "Gunmen=EGYUAF", "tourists=JPNCVL")).containsExactly("EGYUAF>JPNCVL:193");
  }

  @Test
  void aPossessivePronounStandsForThePhrasesOwner() {
    String fired = "Gunmen:gunman/NNS/2/nsubj opened:open/VBD/0/root fire/NN/2/obj on/IN/6/case his/PRP$/6/nmod:poss"
        + " motorcade/NN/2/obl";
    assertThat(code(fired, "Gunmen=ETHUAF", "his=EGYGOV=pronoun")).containsExactly("ETHUAF>EGYGOV:193");
    // a role the resolver named by the pronoun stays the role ("his bodyguards")
    String guards = "Gunmen:gunman/NNS/2/nsubj opened:open/VBD/0/root fire/NN/2/obj on/IN/6/case his/PRP$/6/nmod:poss"
        + " bodyguards/NNS/2/obl";
    assertThat(code(guards, "Gunmen=ETHUAF", "his=EGYGOV=pronoun", "bodyguards=EGYCOP=possessive: bodyguards"))
        .containsExactly("ETHUAF>EGYCOP:193");
  }

  @Test
  void theSourcesOwnStateModifyingTheObjectGivesWayToWhomTheObjectIsAbout() {
    // "Israel revoked the Jerusalem residency rights of Hamas lawmakers": the rights are the lawmakers'
    String revoked = "Israel/NNP/2/nsubj revoked:revoke/VBD/0/root the/DT/6/det Jerusalem/NNP/6/compound"
        + " residency/NN/6/compound rights:right/NNS/2/obj of/IN/9/case Hamas/NNP/9/compound lawmakers:lawmaker/NNS/6/nmod";
    assertThat(code(revoked, "Israel=ISR", "Jerusalem=ISR", "Hamas lawmakers=PSEREBHMS")).containsExactly("ISR>PSEREBHMS:172");
    // another state's name modifying the object is still the target
    String other = "Israel/NNP/2/nsubj revoked:revoke/VBD/0/root the/DT/6/det Gaza/NNP/6/compound"
        + " residency/NN/6/compound rights:right/NNS/2/obj of/IN/9/case Hamas/NNP/9/compound lawmakers:lawmaker/NNS/6/nmod";
    assertThat(code(other, "Israel=ISR", "Gaza=PSE", "Hamas lawmakers=PSEREBHMS")).containsExactly("ISR>PSE:172");
    // with no other actor in the phrase, the own state stays, as before
    String alone = "Israel/NNP/2/nsubj revoked:revoke/VBD/0/root the/DT/5/det Jerusalem/NNP/5/compound rights:right/NNS/2/obj";
    assertThat(code(alone, "Israel=ISRGOV", "Jerusalem=ISR")).containsExactly("ISRGOV>ISR:172");
  }

  @Test
  void anInquiryLooksIntoWhoIsAllegedToHaveActed() {
    // "Lithuania opened an inquiry into allegations that the CIA ran a prison"
    assertThat(code("Lithuania/NNP/2/nsubj opened:open/VBD/0/root an/DT/4/det inquiry/NN/2/obj into/IN/6/case"
        + " allegations:allegation/NNS/4/nmod that/IN/10/mark the/DT/9/det CIA/NNP/10/nsubj ran:run/VBD/6/ccomp"
        + " a/DT/12/det prison/NN/10/obj", "Lithuania=LTU", "CIA=USASPY")).containsExactly("LTU>USASPY:090");
    // "an inquiry into crimes committed by Gondor's troops"
    assertThat(code("Arnor/NNP/2/nsubj opened:open/VBD/0/root an/DT/4/det inquiry/NN/2/obj into/IN/6/case"
        + " crimes:crime/NNS/4/nmod committed:commit/VBN/6/acl by/IN/9/case troops:troop/NNS/7/obl",
        "Arnor=ARN", "troops=GONMIL")).containsExactly("ARN>GONMIL:090");
  }

  @Test
  void aThingUsedAsTheSubjectActsForWhoUsedIt() {
    // "A bomb planted by rebels killed soldiers"
    String planted = "A/DT/2/det bomb/NN/6/nsubj planted:plant/VBN/2/acl by/IN/5/case rebels:rebel/NNS/3/obl"
        + " killed:kill/VBD/0/root soldiers:soldier/NNS/6/obj";
    assertThat(code(planted, "rebels=AFGREB", "soldiers=AFGMIL")).containsExactly("AFGREB>AFGMIL:190");
    // a participle with no doer names no one
    String found = "A/DT/2/det bomb/NN/4/nsubj planted:plant/VBN/2/acl killed:kill/VBD/0/root soldiers:soldier/NNS/4/obj";
    assertThat(code(found, "soldiers=AFGMIL")).isEmpty();
  }

  @Test
  void anInfinitiveWithForNamesWhomTheObjectIsFor() {
    // "The IMF approved a loan for Korea to shore up its currency"
    assertThat(code("IMF/NNP/2/nsubj approved:approve/VBD/0/root a/DT/4/det loan/NN/2/obj for/IN/8/mark Korea/NNP/8/nsubj"
        + " to/TO/8/mark shore/VB/4/acl up/RP/8/compound:prt currency/NN/8/obj", "IMF=IGOBUSIMF", "Korea=KOR"))
        .containsExactly("IGOBUSIMF>KOR:071");
  }

  @Test
  void aShowOfForceNamingNoOneAnswersTheClauseItFollows() {
    // "Seoul mobilized its troops after Pyongyang threatened": aimed at Pyongyang
    String after = "Seoul/NNP/2/nsubj mobilized:mobilize/VBD/0/root troops:troop/NNS/2/obj after/IN/6/mark Pyongyang/NNP/6/nsubj"
        + " threatened:threaten/VBD/2/advcl";
    assertThat(code(after, "Seoul=KOR", "Pyongyang=PRK")).containsExactly("KOR>PRK:154");
    // a clause that only happens meanwhile names no one it answers
    String meanwhile = "Seoul/NNP/2/nsubj mobilized:mobilize/VBD/0/root troops:troop/NNS/2/obj while/IN/6/mark Pyongyang/NNP/6/nsubj"
        + " slept:sleep/VBD/2/advcl";
    assertThat(code(meanwhile, "Seoul=KOR", "Pyongyang=PRK")).isEmpty();
  }

  @Test
  void aPlaceABearingIsSaidOfOnlyLocatesWhatTheBearingModifies() {
    // "Iraqi artillery killed Iranian soldiers east of Basra", parsed with "east" as the object's head
    String iranians = "Iraqi/JJ/2/amod artillery/NN/3/nsubj killed:kill/VBD/0/root Iranian/JJ/5/amod"
        + " soldiers:soldier/NNS/6/compound east/NN/3/obj of/IN/8/case Basra/NNP/6/nmod";
    assertThat(code(iranians, "Iraqi artillery=IRQMIL", "Iranian=IRN", "Basra=IRQ")).containsExactly("IRQMIL>IRN:190");
    // with no one else named, the place is whom the act is on
    String people = "Iraqi/JJ/2/amod artillery/NN/3/nsubj killed:kill/VBD/0/root people/NNS/5/compound"
        + " east/NN/3/obj of/IN/7/case Basra/NNP/5/nmod";
    assertThat(code(people, "Iraqi artillery=IRQMIL", "Basra=IRQ")).containsExactly("IRQMIL>IRQ:190");
  }

  @Test
  void anInfinitiveAfterAnObjectAndADayCompletesTheVerb() {
    // "Uzbekistan ordered the United States on Friday to vacate its base": the parser read the
    // infinitive as a purpose; it is what the United States is ordered to do, an expulsion (166)
    String ordered = "Uzbekistan/NNP/2/nsubj ordered:order/VBD/0/root the/DT/5/det United/NNP/5/compound States/NNP/2/obj"
        + " on/IN/7/case Friday/NNP/2/obl to/TO/9/mark vacate/VB/2/advcl its/PRP$/11/nmod:poss base/NN/9/obj";
    assertThat(code(ordered, "Uzbekistan=UZB", "United States=USA")).containsExactly("UZB>USA:166");
  }
}
