package org.dyad.nlp.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dyad.core.nlp.Mention;
import org.dyad.core.nlp.Sentence;
import org.dyad.nlp.dictionary.ActorDictionary;
import org.dyad.nlp.dictionary.AgentDictionary;
import org.dyad.nlp.dictionary.PetrarchActorReader;
import org.dyad.nlp.dictionary.PetrarchAgentReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DictionaryActorResolverTest {

  private static final String ACTORS =
      """
      IRAN_ [IRN]
      +IRANIAN_
      +IRANIANS_
      +TEHRAN_
      SYRIA_ [SYR]
      +SYRIAN_
      +SYRIANS_
      IRAQ_ [IRQ]
      +IRAQI_
      ALBANIA_ [ALB]
      +ALBANIAN_
      +ALBANIANS_
      SERBIA_ [SRB]
      SOUTH_KOREA_ [KOR]
      +SOUTH_KOREAN_
      +SOUTH_KOREANS_
      HUNGARY_ [HUN]
      +HUNGARIAN_
      INDIA_ [IND]
      +INDIAN_
      +INDIANS_
      BRAZIL_ [BRA]
      +BRAZILIAN_
      ROMANIA_ [ROU]
      +ROMANIAN_
      UNITED_STATES_ [USA]
      +US_
      +U.S._
      +AMERICAN_
      REVOLUTIONARY_GUARDS_ [IRNMIL]
      AL_QAEDA_ [IMGMUSALQ]
      +AL-QAEDA_
      TALIBAN_ [AFGINS]
      MOHAMMAD_KHATAMI_ [IRNGOV 19970803-20050803] [IRNELI]
      +KHATAMI_
      NORTH_ATLANTIC_TREATY_ORGANIZATION_ [IGOWSTNAT]
      +NATO_
      GEORGIA_
      +GEORGIAN_
      	[USRGEO <910409]
      	[GEO >911221]
      """;

  private static final String AGENTS =
      """
      POLICE {} [~COP]
      REBEL [~REB]
      OFFICIAL [~GOV]
      PRESIDENT [~GOV]
      FOREIGN_MINISTER [~GOV]
      SOLDIER [~MIL]
      LAWMAKER [~LEG]
      MEDIA {} [~MED]
      DIPLOMAT [~GOV]
      MSF {} [NGO~]
      DEMONSTRATOR [~OPP]
      GOVERNMENT [~GOV]
      GUNMAN {GUNMEN} [~UAF]
      OPPOSITION {} [~OPP]
      PEOPLE {} [~CVL]
      INSURGENCY {} [~REB]
      KURDS {} [~CVL]
      """;

  private static DictionaryActorResolver resolver;

  @BeforeAll
  static void build() throws IOException {
    ActorDictionary actors = new PetrarchActorReader().read(new StringReader(ACTORS), "test.actors.txt").dictionary();
    AgentDictionary agents = new PetrarchAgentReader().read(new StringReader(AGENTS), "test.agents.txt").dictionary();
    OfficeLookup offices = (country, office, day) -> {
      if (!country.equals("IRN") || !office.equals("president")) {
        return Optional.empty();
      }
      return Optional.of(day.isBefore(LocalDate.of(2005, 8, 3)) ? "Mohammad Khatami" : "Mahmoud Ahmadinejad");
    };
    resolver = new DictionaryActorResolver(new ActorDictionaries("test", actors, agents, List.of()), offices);
  }

  private static List<Mention> resolve(LocalDate date, String... sentences) {
    List<Sentence> list = new java.util.ArrayList<>();
    int offset = 0;
    for (int i = 0; i < sentences.length; i++) {
      list.add(new Sentence("d", i, offset, offset + sentences[i].length(), sentences[i]));
      offset += sentences[i].length() + 1;
    }
    return resolver.resolve(list, date);
  }

  private static DictionaryActorResolver shippedResolver;

  /** The resolver with Dyad's own dictionaries, built once for the tests that read them. */
  private static DictionaryActorResolver shipped() throws IOException {
    if (shippedResolver == null) {
      shippedResolver = new DictionaryActorResolver(ActorDictionaries.defaults(), OfficeLookup.NONE);
    }
    return shippedResolver;
  }

  /** "text=CODE" for each mention the shipped dictionaries find in one sentence on {@code day} (ISO date). */
  private static List<String> shippedCodes(String day, String text) throws IOException {
    return codes(shipped().resolve(List.of(new Sentence("d", 0, 0, text.length(), text)), LocalDate.parse(day)));
  }

  private static List<String> codes(List<Mention> mentions) {
    return mentions.stream().map(m -> m.text() + "=" + m.code()).toList();
  }

  private static final LocalDate JUNE_2001 = LocalDate.of(2001, 6, 1);

  @Test
  void namesAndCapitalsResolveToTheState() {
    assertThat(codes(resolve(JUNE_2001, "Tehran warned Syria."))).containsExactly("Tehran=IRN", "Syria=SYR");
  }

  @Test
  void aStateWhoseCodeChangedOverTimeIsAStateNotAPerson() {
    // Georgia's dated codes (USRGEO before 1991, GEO after) are not a person's terms of office
    assertThat(codes(resolve(JUNE_2001, "Georgian demonstrators met the Georgian government.")))
        .containsExactly("Georgian demonstrators=GEOOPP", "Georgian government=GEOGOV");
    assertThat(resolve(JUNE_2001, "Georgian demonstrators marched.").getFirst().actor()).isEqualTo("Georgia");
  }

  @Test
  void aPossessiveActorTakesARoleAFewModifiersOnAndTheNameAfterIt() throws IOException {
    assertThat(codes(resolve(JUNE_2001, "Iran's first deputy foreign minister met them.")))
        .containsExactly("Iran's first deputy foreign minister=IRNGOV");
    assertThat(codes(resolve(JUNE_2001, "Iran's awful and evil soldiers attacked.")))
        .containsExactly("Iran's awful and evil soldiers=IRNMIL");
    // the role speaks for the possessor even when the name after it is another actor's
    assertThat(codes(resolve(JUNE_2001, "Syria's deputy foreign minister Tehran visited.")))
        .containsExactly("Syria's deputy foreign minister Tehran=SYRGOV");
    // a participle become an adjective is a modifier; another participle breaks the link
    assertThat(shippedCodes("1995-06-15", "Myanmar's ruling junta met them.")).containsExactly("Myanmar's ruling junta=MMRMIL");
    assertThat(shippedCodes("1995-06-15", "Myanmar's feared junta met them.")).containsExactly("Myanmar's=MMR");
    // without a possessive, only words that commonly describe a role stand between: a verb may not
    assertThat(shippedCodes("1995-06-15", "Malaysia deported Indonesian illegal workers."))
        .containsExactly("Malaysia=MYS", "Indonesian illegal workers=IDNLAB");
    assertThat(shippedCodes("1995-06-15", "Iran sent troops to Iraq.")).containsExactly("Iran=IRN", "Iraq=IRQ");
    assertThat(shippedCodes("2014-06-15", "Russia arms separatists.")).containsExactly("Russia=RUS", "separatists=RUSREB");
    // or the trade the role works in
    assertThat(shippedCodes("2006-06-15", "Nigerian militants kidnapped two British oil workers."))
        .containsExactly("Nigerian militants=NGAUAF", "British oil workers=GBRLAB");
    assertThat(shippedCodes("2012-04-16", "Argentina seized a stake owned by Spanish energy firm Repsol."))
        .containsExactly("Argentina=ARG", "Spanish energy firm Repsol=ESPBUS");
    // a state's proxies and the forces it leads are the state's
    assertThat(shippedCodes("2016-06-15", "Iranian-backed militias attacked.")).containsExactly("Iranian-backed militias=IRNUAF");
    assertThat(shippedCodes("1985-06-15", "Vietnamese-led forces attacked.")).containsExactly("Vietnamese-led forces=VNMMIL");
    // foreign aid agencies left unnamed are NGOs; the United Nations' stay its own
    assertThat(shippedCodes("2009-03-05", "Sudan expelled 13 foreign aid agencies."))
        .containsExactly("Sudan=SDN", "foreign aid agencies=NGO");
    assertThat(shippedCodes("2009-03-05", "U.N. aid agencies left.")).first().asString().startsWith("U.N.").endsWith("=IGOUNO");
    // a verb or a function word between them breaks the link
    assertThat(codes(resolve(JUNE_2001, "Syria's army attacked soldiers.")).getFirst()).isEqualTo("Syria's=SYR");
    assertThat(codes(resolve(JUNE_2001, "Syria's support for the soldiers.")).getFirst()).isEqualTo("Syria's=SYR");
  }

  @Test
  void aTitleAndASurnameNameTheStateWhoseHolderThenBoreIt() throws IOException {
    DictionaryActorResolver withOffices = new DictionaryActorResolver(ActorDictionaries.defaults(), OfficeLookup.defaults());
    String landed = "President Clinton landed in Beijing.";
    assertThat(codes(withOffices.resolve(List.of(new Sentence("d", 0, 0, landed.length(), landed)), LocalDate.of(1998, 6, 25))))
        .containsExactly("President Clinton=USAGOV", "Beijing=CHN");
    // no holder of that name that day: the one state in reach, as before
    String met = "President Smith met them in Beijing.";
    assertThat(codes(withOffices.resolve(List.of(new Sentence("d", 0, 0, met.length(), met)), LocalDate.of(1998, 6, 25))))
        .containsExactly("President Smith=CHNGOV", "Beijing=CHN");
  }

  @Test
  void aRoleOfAModifiedActorIsThatActorsRole() {
    assertThat(codes(resolve(JUNE_2001, "Officials of the northern Syrian province met."))).first().asString()
        .endsWith("=SYRGOV");
    assertThat(codes(resolve(JUNE_2001, "Soldiers of the banned al-Qaeda fled."))).first().asString()
        .endsWith("=IMGMUSALQ");
    // "the group attacked Syria": a verb after the noun ends the phrase
    assertThat(codes(resolve(JUNE_2001, "Officials of the group attacked Syria."))).containsExactly("Syria=SYR");
  }

  @Test
  void rolesFromAPlaceAreThatPlacesUnlessAPossessiveOwnsThem() {
    assertThat(codes(resolve(JUNE_2001, "Soldiers from Syria arrived."))).first().asString().endsWith("=SYRMIL");
    // "withdrew its soldiers from Syria": the soldiers come from Syria, they are not Syria's
    assertThat(codes(resolve(JUNE_2001, "Iran withdrew its soldiers from Syria.")))
        .containsExactly("Iran=IRN", "soldiers=IRNMIL", "Syria=SYR");
  }

  @Test
  void anAgentAfterAnActorComposesTheCode() {
    assertThat(codes(resolve(JUNE_2001, "Iranian police arrested them."))).containsExactly("Iranian police=IRNCOP");
  }

  @Test
  void theIranianPresidentIsKhatamiIn2001AndAhmadinejadIn2010() {
    Mention in2001 = resolve(JUNE_2001, "The Iranian president spoke.").getFirst();
    Mention in2010 = resolve(LocalDate.of(2010, 6, 1), "The Iranian president spoke.").getFirst();
    assertThat(in2001.code()).isEqualTo("IRNGOV");
    assertThat(in2001.person()).isEqualTo("Mohammad Khatami");
    assertThat(in2010.code()).isEqualTo("IRNGOV");
    assertThat(in2010.person()).isEqualTo("Mahmoud Ahmadinejad");
    assertThat(in2001.actor()).isEqualTo("Iran");
  }

  @Test
  void aPersonIsCodedForTheDateAndKeepsTheTitleBeforeTheName() {
    Mention inOffice = resolve(JUNE_2001, "President Khatami left.").getFirst();
    Mention after = resolve(LocalDate.of(2010, 6, 1), "Khatami left.").getFirst();
    assertThat(inOffice.text()).isEqualTo("President Khatami");
    assertThat(inOffice.code()).isEqualTo("IRNGOV");
    assertThat(inOffice.person()).isEqualTo("Mohammad Khatami");
    assertThat(after.code()).isEqualTo("IRNELI");
    assertThat(codes(resolve(JUNE_2001, "Iranian President Mohammad Khatami left."))).containsExactly("Iranian President Mohammad Khatami=IRNGOV");
  }

  @Test
  void withoutADateOnlyUndatedCodesApply() {
    assertThat(codes(resolve(null, "Khatami met NATO."))).containsExactly("Khatami=IRNELI", "NATO=IGOWSTNAT");
  }

  @Test
  void aPluralDemonymIsTheStatesCivilians() {
    assertThat(codes(resolve(JUNE_2001, "Iranians protested in Tehran."))).containsExactly("Iranians=IRNCVL", "Tehran=IRN");
    assertThat(codes(resolve(JUNE_2001, "South Koreans protested."))).containsExactly("South Koreans=KORCVL");
    assertThat(codes(resolve(JUNE_2001, "A South Korean envoy protested."))).containsExactly("South Korean=KOR");
  }

  @Test
  void anEthnicPeopleIsTheCiviliansOfTheStateItLivesIn() {
    assertThat(codes(resolve(JUNE_2001, "Ethnic Albanians demonstrated in Serbia and they marched to Belgrade.")))
        .containsExactly("Albanians=SRBCVL", "Serbia=SRB", "they=SRBCVL");
    // the last state before it when none follows; its own state when the sentence names no other
    assertThat(codes(resolve(JUNE_2001, "In Serbia, ethnic Albanians demonstrated."))).containsExactly("Serbia=SRB", "Albanians=SRBCVL");
    assertThat(codes(resolve(JUNE_2001, "Ethnic Albanians demonstrated."))).containsExactly("Albanians=ALBCVL");
    // without "ethnic", the demonym's state
    assertThat(codes(resolve(JUNE_2001, "Albanians demonstrated in Serbia."))).containsExactly("Albanians=ALBCVL", "Serbia=SRB");
  }

  @Test
  void aTribeNamedBeforeIndiansIsANativePeopleOfTheStateItLivesIn() {
    assertThat(codes(resolve(JUNE_2001, "The Brazilian president granted the Yanomami Indians a reserve.")))
        .containsExactly("Brazilian president=BRAGOV", "Indians=BRACVL");
    // no tribe's name: India's people; a tribe with no other state named stays as read
    assertThat(codes(resolve(JUNE_2001, "The Brazilian president met Indians.")))
        .containsExactly("Brazilian president=BRAGOV", "Indians=INDCVL");
    assertThat(codes(resolve(JUNE_2001, "Police shot the Tzotzil Indians.")))
        .containsExactly("Police=INDCOP", "Indians=INDCVL");
  }

  @Test
  void aPeopleAPlacePossessesAreTheCiviliansOfThatPlacesState() {
    // "Nagorno-Karabakh's Armenians"
    assertThat(codes(resolve(JUNE_2001, "Iran rejected demands by Serbia's Albanians.")))
        .containsExactly("Iran=IRN", "Serbia's=SRB", "Albanians=SRBCVL");
    // a place apart from the people is no possessor of theirs
    assertThat(codes(resolve(JUNE_2001, "In Serbia, Albanians protested.")))
        .containsExactly("Serbia=SRB", "Albanians=ALBCVL");
  }

  @Test
  void aRoleAPersonOwnsIsTheRoleOfThePersonsState() {
    // "Saddam Hussein's army": the state's army, not the person
    assertThat(codes(resolve(JUNE_2001, "Khatami's soldiers entered the town."))).containsExactly("Khatami's soldiers=IRNMIL");
    assertThat(codes(resolve(JUNE_2001, "The Khatami government met NATO.")))
        .containsExactly("Khatami government=IRNGOV", "NATO=IGOWSTNAT");
    // out of office (IRNELI) the role is still his state's; an organisation's person (IGO) owns no state role
    assertThat(codes(resolve(LocalDate.of(2010, 1, 1), "Khatami's soldiers entered the town."))).containsExactly("Khatami's soldiers=IRNMIL");
    assertThat(MatchJoins.isStateRole("IGOUNO")).isFalse();
    assertThat(MatchJoins.isStateRole("IRQGOV")).isTrue();
  }

  @Test
  void aCommunityNamedWithItsStateIsThatStatesCivilians() {
    assertThat(codes(resolve(JUNE_2001, "Iraqi Kurds protested."))).containsExactly("Iraqi Kurds=IRQCVL");
  }

  @Test
  void coordinatedActorsShareTheAgent() {
    assertThat(codes(resolve(JUNE_2001, "Senior Hungarian and Romanian officials agreed.")))
        .containsExactly("Hungarian=HUNGOV", "Romanian officials=ROUGOV");
    assertThat(codes(resolve(JUNE_2001, "Hungarian, Syrian and Romanian officials agreed.")))
        .containsExactly("Hungarian=HUNGOV", "Syrian=SYRGOV", "Romanian officials=ROUGOV");
    // a comma alone ends a clause rather than joining a list: "killed in Syria, Romanian officials said"
    assertThat(codes(resolve(JUNE_2001, "Two were killed in Syria, Romanian officials said.")))
        .containsExactly("Syria=SYR", "Romanian officials=ROUGOV");
  }

  @Test
  void anAgentOfAnActorComposes() {
    assertThat(codes(resolve(JUNE_2001, "The foreign minister of Syria arrived.")))
        .containsExactly("foreign minister of Syria=SYRGOV");
  }

  @Test
  void pluralRolesInAPartOfAPlaceAreThatPlacesState() throws IOException {
    assertThat(shippedCodes("1985-03-16", "Gunmen in west Beirut kidnapped a reporter."))
        .containsExactly("Gunmen in west Beirut=LBNUAF");
    assertThat(shippedCodes("1995-03-16", "Rebels in northern Uganda attacked a village."))
        .containsExactly("Rebels in northern Uganda=UGAREB");
  }

  @Test
  void aMediatorNamedWithHisOrganisationActsForIt() throws IOException {
    // in 2008 Annan, a former U.N. secretary-general, mediated in Kenya for the African Union
    assertThat(shippedCodes("2008-01-22", "African Union mediator Kofi Annan opened talks."))
        .containsExactly("African Union mediator Kofi Annan=IGOAFRAFU");
  }

  @Test
  void anAgentOfAPossessiveIsOfWhatThePossessiveOwns() throws IOException {
    // the leaders lead the community, not Algeria's government; miners from Romania's valley are Romania's
    assertThat(shippedCodes("2001-06-01", "Leaders of Algeria's Berber community demanded reforms."))
        .containsExactly("Algeria's=DZA");
    assertThat(shippedCodes("1999-01-21", "Coal miners from Romania's Jiu Valley marched on Bucharest."))
        .contains("miners from Romania's=ROULAB");
  }

  @Test
  void aRoleFromOrInAStateIsThatStatesRoleAndCoordinatedStatesShareIt() {
    assertThat(codes(resolve(JUNE_2001, "Soldiers from Syria crossed.")))
        .containsExactly("Soldiers from Syria=SYRMIL");
    assertThat(codes(resolve(JUNE_2001, "Lawmakers in Hungary and Romania objected.")))
        .containsExactly("Lawmakers in Hungary=HUNLEG", "Romania=ROULEG");
  }

  @Test
  void aSingularRoleInAStateMayBeForeignSoStaysApart() {
    assertThat(codes(resolve(JUNE_2001, "A diplomat in Syria spoke."))).containsExactly("Syria=SYR");
  }

  @Test
  void coordinatedRolesAfterAStateShareIt() {
    assertThat(codes(resolve(JUNE_2001, "Syrian media and police objected.")))
        .containsExactly("Syrian media=SYRMED", "police=SYRCOP");
  }

  @Test
  void aRoleWrittenBeforeItsActorPrefixesTheCode() {
    assertThat(codes(resolve(JUNE_2001, "MSF Syria objected."))).containsExactly("MSF Syria=NGOSYR");
    assertThat(codes(resolve(JUNE_2001, "An MSF Syria diplomat objected."))).containsExactly("MSF Syria diplomat=NGOSYRGOV");
  }

  @Test
  void aStateBeforeItsOwnOrganOfSameRootIsTheOrgan() {
    assertThat(codes(resolve(JUNE_2001, "Iran's Revolutionary Guards fired."))).containsExactly("Iran's Revolutionary Guards=IRNMIL");
  }

  @Test
  void theGroupBindsToTheOneGroupInReach() {
    List<Mention> mentions = resolve(JUNE_2001, "Al-Qaeda claimed the attack.", "The group said more would follow.");
    assertThat(codes(mentions)).containsExactly("Al-Qaeda=IMGMUSALQ", "group=IMGMUSALQ");
    assertThat(mentions.get(1).sentence()).isEqualTo(1);
    assertThat(mentions.get(1).rule()).startsWith("back-reference");
  }

  @Test
  void theDefiniteRoleBindsToTheStateAPersonActsFor() {
    assertThat(codes(resolve(JUNE_2001, "Khatami spoke on Monday.", "The government said it was unfair.")))
        .containsExactly("Khatami=IRNGOV", "government=IRNGOV");
    // a person of another state in reach makes the role ambiguous
    assertThat(codes(resolve(JUNE_2001, "Khatami met Syria.", "The government said it was unfair.")))
        .containsExactly("Khatami=IRNGOV", "Syria=SYR");
  }

  @Test
  void theyBindsToTheOnePluralActorInReach() {
    List<Mention> mentions = resolve(JUNE_2001, "Iranian diplomats arrived.", "They met Syria.");
    assertThat(codes(mentions)).containsExactly("Iranian diplomats=IRNGOV", "They=IRNGOV", "Syria=SYR");
    assertThat(mentions.get(1).rule()).isEqualTo("pronoun");
    // two plural actors: "they" is ambiguous; a state's name is not plural
    assertThat(codes(resolve(JUNE_2001, "Iranian diplomats met Syrian officials.", "They spoke.")))
        .containsExactly("Iranian diplomats=IRNGOV", "Syrian officials=SYRGOV");
    assertThat(codes(resolve(JUNE_2001, "Iran met Syria.", "They spoke."))).containsExactly("Iran=IRN", "Syria=SYR");
  }

  @Test
  void anAmbiguousReferenceBindsToNothing() {
    assertThat(codes(resolve(JUNE_2001, "Al-Qaeda and the Taliban met.", "The group said nothing.")))
        .containsExactly("Al-Qaeda=IMGMUSALQ", "Taliban=AFGINS");
  }

  @Test
  void aReferenceOutOfReachBindsToNothing() {
    assertThat(codes(resolve(JUNE_2001, "Al-Qaeda claimed it.", "Rain fell.", "Rain fell again.", "The group spoke.")))
        .containsExactly("Al-Qaeda=IMGMUSALQ");
  }

  @Test
  void theDefiniteAgentBindsToTheStateInReach() {
    List<Mention> mentions = resolve(JUNE_2001, "Iran rejected the offer.", "The president said it was unfair.");
    assertThat(codes(mentions)).containsExactly("Iran=IRN", "president=IRNGOV");
    assertThat(mentions.get(1).person()).isEqualTo("Mohammad Khatami");
  }

  @Test
  void hePointsToTheOnePersonInReach() {
    List<Mention> mentions = resolve(JUNE_2001, "Khatami visited Syria.", "He said ties were strong.");
    assertThat(codes(mentions)).containsExactly("Khatami=IRNGOV", "Syria=SYR", "He=IRNGOV");
    assertThat(mentions.get(2).person()).isEqualTo("Mohammad Khatami");
  }

  @Test
  void aTitleBeforeAnUnknownNameIsTheOfficialOfTheOneStateInReach() {
    List<Mention> mentions = resolve(JUNE_2001, "President Rafsanjani told Iran's parliament to wait.");
    assertThat(codes(mentions)).containsExactly("President Rafsanjani=IRNGOV", "Iran's=IRN");
    assertThat(mentions.getFirst().person()).isEqualTo("Rafsanjani");
    assertThat(mentions.getFirst().rule()).isEqualTo("title+name");
  }

  @Test
  void aFormerTitleBeforeAnUnknownNameIsOneOfTheStatesElite() {
    List<Mention> mentions = resolve(JUNE_2001, "Iranian officials accused former Foreign Minister Ali Rezaei of treason.");
    assertThat(codes(mentions)).containsExactly("Iranian officials=IRNGOV", "Foreign Minister Ali Rezaei=IRNELI");
    assertThat(mentions.getLast().rule()).isEqualTo("former title+name");
  }

  @Test
  void aTitleBeforeAnUnknownNameBindsToNothingWhenTwoStatesAreInReach() {
    assertThat(codes(resolve(JUNE_2001, "President Rafsanjani told Iran and Syria to wait.")))
        .containsExactly("Iran=IRN", "Syria=SYR");
  }

  @Test
  void rebelsWithoutACountryBelongToTheOneStateInReach() {
    List<Mention> mentions = resolve(JUNE_2001, "Rebels blocked roads to press demands on the Iranian government.");
    assertThat(codes(mentions)).containsExactly("Rebels=IRNREB", "Iranian government=IRNGOV");
    assertThat(mentions.getFirst().rule()).isEqualTo("agent in context");
    assertThat(codes(resolve(JUNE_2001, "Iran closed the border.", "Rebels fled.")))
        .containsExactly("Iran=IRN", "Rebels=IRNREB");
  }

  @Test
  void rebelsWithoutACountryBelongToThePlaceNamedByABearingFromIt() {
    // "Insurgents killed three U.S. soldiers west of Baghdad": of two states, the one named as the place
    assertThat(codes(resolve(JUNE_2001, "Rebels killed American soldiers west of Tehran.")))
        .containsExactly("Rebels=IRNREB", "American soldiers=USAMIL", "Tehran=IRN");
    assertThat(codes(resolve(JUNE_2001, "Rebels killed American soldiers and Tehran mourned.")))
        .containsExactly("American soldiers=USAMIL", "Tehran=IRN");
  }

  @Test
  void policeWithoutACountryAreTheOneStateInReachsButOfficialsAreNot() {
    assertThat(codes(resolve(JUNE_2001, "Riot police fired tear gas at students in Tehran.")))
        .containsExactly("police=IRNCOP", "Tehran=IRN");
    assertThat(codes(resolve(JUNE_2001, "Officials met students in Tehran."))).containsExactly("Tehran=IRN");
  }

  @Test
  void aRoleAfterAPossessivePronounIsTheRoleOfTheOneStateInReach() {
    List<Mention> mentions = resolve(JUNE_2001, "Iran said its government would attack.");
    assertThat(codes(mentions)).containsExactly("Iran=IRN", "government=IRNGOV");
    assertThat(mentions.get(1).rule()).isEqualTo("possessive: government");
    // "his" stands for the person, who acts for his state
    assertThat(codes(resolve(JUNE_2001, "Khatami said his government would attack."))).contains("government=IRNGOV");
    // two states in reach: "its" could be either
    assertThat(codes(resolve(JUNE_2001, "Iran told Syria that its government would attack."))).containsExactly("Iran=IRN", "Syria=SYR");
  }

  @Test
  void unnamedAttackersAndCountedPeopleBelongToTheStateNamedAsThePlace() {
    // two states in reach: the one named after "in" is where the unnamed act
    assertThat(codes(resolve(JUNE_2001, "Gunmen abducted two Syrian diplomats in Tehran.")))
        .containsExactly("Gunmen=IRNUAF", "Syrian diplomats=SYRGOV", "Tehran=IRN");
    assertThat(codes(resolve(JUNE_2001, "A gunman shot a Syrian diplomat in Tehran.")).getFirst()).isEqualTo("gunman=IRNUAF");
    assertThat(codes(resolve(JUNE_2001, "Police rounded up 400 people in Tehran.")))
        .containsExactly("Police=IRNCOP", "people=IRNCVL", "Tehran=IRN");
    // a noun without a plural that is not counted is no crowd ("an insurgency"), nor is "its people"
    assertThat(codes(resolve(JUNE_2001, "Rebels waged an insurgency against Iran."))).containsExactly("Rebels=IRNREB", "Iran=IRN");
    // a title before an unknown name is not decided by the place: "US envoy X arrived in Tehran"
    assertThat(codes(resolve(JUNE_2001, "President Rafsanjani met Syria in Tehran."))).containsExactly("Syria=SYR", "Tehran=IRN");
  }

  @Test
  void theOppositionAndAnUnnamedAttackerBelongToTheStateOfAPersonInReach() {
    // "opposition" is many people without a plural; Khatami is a person who acts for Iran
    assertThat(codes(resolve(JUNE_2001, "Khatami bowed to opposition demands.")))
        .containsExactly("Khatami=IRNGOV", "opposition=IRNOPP");
    // an article before the attacker's modifiers: "a masked gunman"
    assertThat(codes(resolve(JUNE_2001, "A masked gunman shot Khatami."))).containsExactly("gunman=IRNUAF", "Khatami=IRNGOV");
  }

  @Test
  void aRoleWordJoinedByAHyphenModifiesAndAPlaceAfterFromMayBeDescribed() {
    assertThat(codes(resolve(JUNE_2001, "Police-backed gunmen attacked Iran."))).containsExactly("gunmen=IRNUAF", "Iran=IRN");
    assertThat(codes(resolve(JUNE_2001, "Officials from war-torn Syria visited Iran.")))
        .containsExactly("Officials from war-torn Syria=SYRGOV", "Iran=IRN");
  }

  @Test
  void aGroupOfOneStateAnchorsABackReferenceToThatState() {
    // the Taliban (AFGINS) fight in Afghanistan: "the government" they attack is Afghanistan's
    assertThat(codes(resolve(JUNE_2001, "The Taliban attacked the government.")))
        .containsExactly("Taliban=AFGINS", "government=AFGGOV");
    // a group of no one state anchors nothing
    assertThat(codes(resolve(JUNE_2001, "Al-Qaeda attacked the government."))).containsExactly("Al-Qaeda=IMGMUSALQ");
  }

  @Test
  void aBackReferenceMayCarryAdjectivesButNotAHyphenatedPrefix() {
    assertThat(codes(resolve(JUNE_2001, "Iraq accused the communist government.")))
        .containsExactly("Iraq=IRQ", "government=IRQGOV");
    assertThat(codes(resolve(JUNE_2001, "Iraq accused the deputy-president's office."))).containsExactly("Iraq=IRQ");
  }

  @Test
  void aPossessiveReachesARoleAcrossAnOrdinal() {
    // "Iraq's 4th soldiers" as "Russia's 14th Army": the numbered unit is the possessor's
    assertThat(codes(resolve(JUNE_2001, "Iraq's 4th soldiers left Syria.")))
        .containsExactly("Iraq's 4th soldiers=IRQMIL", "Syria=SYR");
  }

  @Test
  void anActorPrefixedAntiIsWhatTheRoleOpposesNotTheRole() {
    // anti-American demonstrators in Iraq are Iraqi; without the prefix they would be American
    assertThat(codes(resolve(JUNE_2001, "Anti-American demonstrators marched in Iraq.")))
        .containsExactly("demonstrators=IRQOPP", "Iraq=IRQ");
    assertThat(codes(resolve(JUNE_2001, "American demonstrators marched in Iraq.")))
        .containsExactly("American demonstrators=USAOPP", "Iraq=IRQ");
  }

  @Test
  void aStatePrefixedProIsAStanceWhereThePhraseNamesItsOwnState() {
    // "Lebanon's pro-Syrian Prime Minister Omar Karami"
    assertThat(codes(resolve(JUNE_2001, "Iraq's pro-Syrian president resigned.")))
        .containsExactly("Iraq's pro-Syrian president=IRQGOV");
    assertThat(codes(resolve(JUNE_2001, "Pro-Syrian Iraqi soldiers resigned."))).containsExactly("Iraqi soldiers=IRQMIL");
    // or where the role is said to be in or from a place: "pro-Iranian kidnappers in Lebanon"
    assertThat(codes(resolve(JUNE_2001, "Pro-Syrian gunmen in Iraq fired on Tehran.")))
        .containsExactly("gunmen in Iraq=IRQUAF", "Tehran=IRN");
    // with no state of its own, a proxy is the state it serves: "pro-Jakarta militiamen"
    assertThat(codes(resolve(JUNE_2001, "Pro-Syrian gunmen fired on Tehran.")))
        .containsExactly("Syrian gunmen=SYRUAF", "Tehran=IRN");
  }

  @Test
  void hisAndHerStandForThePersonInReach() {
    List<Mention> mentions = resolve(JUNE_2001, "Gunmen fired on Khatami and his motorcade.");
    assertThat(codes(mentions)).contains("his=IRNGOV");
    assertThat(mentions.getLast().rule()).isEqualTo("pronoun");
  }

  @Test
  void rebelsWithTwoStatesInReachOrOfficialsWithoutACountryStayUnresolved() {
    assertThat(codes(resolve(JUNE_2001, "Rebels attacked Iran and Syria."))).containsExactly("Iran=IRN", "Syria=SYR");
    // states before the role count as well as those after it
    assertThat(codes(resolve(JUNE_2001, "Iran and Syria said rebels attacked Romania.")))
        .containsExactly("Iran=IRN", "Syria=SYR", "Romania=ROU");
    assertThat(codes(resolve(JUNE_2001, "Officials visited Iran."))).containsExactly("Iran=IRN");
  }

  @Test
  void aPersonNamedByTwoEntriesIsTheOneInOfficeOnTheDate() throws IOException {
    String bushes =
        """
        GEORGE_H._W._BUSH_ [USAGOV 19890120-19930120] [USAELI]
        +PRESIDENT_BUSH_
        GEORGE_W._BUSH_ [USAGOV 20010120-20090120] [USAELI]
        +PRESIDENT_BUSH_
        """;
    ActorDictionary actors = new PetrarchActorReader().read(new StringReader(bushes), "bushes.txt").dictionary();
    AgentDictionary agents = new PetrarchAgentReader().read(new StringReader(AGENTS), "a.txt").dictionary();
    DictionaryActorResolver both = new DictionaryActorResolver(new ActorDictionaries("t", actors, agents, List.of()), OfficeLookup.NONE);
    Sentence sentence = new Sentence("d", 0, 0, 20, "President Bush spoke");
    assertThat(both.resolve(List.of(sentence), LocalDate.of(1990, 1, 1)).getFirst().person()).isEqualTo("George H. W. Bush");
    assertThat(both.resolve(List.of(sentence), LocalDate.of(2003, 1, 1)).getFirst().person()).isEqualTo("George W. Bush");
  }

  /**
   * The shipped parties file, through the whole resolver: a party named in a sentence is its state's
   * opposition or government on the sentence's date, and "the group" or "the movement" refers back to
   * it as to a group, not a person, although its codes are dated.
   */
  @Test
  void partiesOfTheShippedDictionariesResolveAndAreReferredBackTo() throws IOException {
    assertThat(shippedCodes("2013-12-25", "Egypt's army dissolved the Muslim Brotherhood."))
        .containsExactly("Egypt's army=EGYMIL", "Muslim Brotherhood=EGYOPP");
    assertThat(shippedCodes("2013-01-15", "The Muslim Brotherhood named a new cabinet."))
        .containsExactly("Muslim Brotherhood=EGYGOV");
    assertThat(shippedCodes("1996-03-01", "The Awami League enforced a hartal.")).containsExactly("Awami League=BGDOPP");
    assertThat(shippedCodes("1989-04-17", "Poland legalised the Solidarity trade union."))
        .containsExactly("Poland=POL", "Solidarity trade union=POLOPP");
    assertThat(shippedCodes("1989-04-17", "Poland showed solidarity with Hungary.")).containsExactly("Poland=POL", "Hungary=HUN");
    assertThat(shippedCodes("1999-08-12", "Tajik authorities legalised the Islamic Renaissance Party."))
        .containsExactly("Tajik authorities=TJKGOV", "Islamic Renaissance Party=TJKOPP");
    // the role noun after the party adds nothing to its OPP code
    assertThat(shippedCodes("1989-11-20", "The Civic Forum opposition movement called a strike."))
        .first().isEqualTo("Civic Forum opposition=CZEOPP");
    assertThat(shippedCodes("2015-06-01", "Lawmakers from the Cambodia National Rescue Party walked out."))
        .singleElement().asString().endsWith("Cambodia National Rescue Party=KHMOPP");
    assertThat(shippedCodes("2016-01-01", "Egypt's Muslim Brotherhood said the group would resist. The movement said so."))
        .containsExactly("Egypt's Muslim Brotherhood=EGYOPP", "group=EGYOPP", "movement=EGYOPP");
  }

  /**
   * The shipped institutions file through the whole resolver: a named body of a state is that
   * state's role, on the sentence's date for a body of a state that no longer exists.
   */
  @Test
  void institutionsOfTheShippedDictionariesResolveToTheirStatesRoles() throws IOException {
    assertThat(shippedCodes("2015-06-01", "Xinhua said China would retaliate."))
        .containsExactly("Xinhua=CHNMED", "China=CHN");
    assertThat(shippedCodes("2015-06-01", "The Mossad and the ISI denied it."))
        .containsExactly("Mossad=ISRSPY", "ISI=PAKSPY");
    // the KGB acts for the one state in reach, so the dissident it arrests is that state's
    assertThat(shippedCodes("1985-03-01", "The KGB arrested a dissident.")).containsExactly("KGB=RUSSPY", "dissident=RUSOPP");
    // after the Soviet Union the name alone names no actor; Belarus's KGB is named with its state
    assertThat(shippedCodes("2005-03-01", "The KGB arrested a dissident.")).isEmpty();
    assertThat(shippedCodes("2005-03-01", "The Belarusian KGB arrested a dissident."))
        .containsExactly("Belarusian KGB=BLRSPY", "dissident=BLROPP");
    // the longer name of a group wins over the Soviet army it contains
    assertThat(shippedCodes("1977-09-30", "The Japanese Red Army hijacked a plane.")).containsExactly("Japanese Red Army=JPNREB");
    assertThat(shippedCodes("1980-01-05", "The Red Army entered Kabul.")).containsExactly("Red Army=RUSMIL", "Kabul=AFG");
    // a state before its own institution is the institution
    assertThat(shippedCodes("2015-06-01", "China's Xinhua reported the talks.")).containsExactly("China's Xinhua=CHNMED");
    // the Knesset is agents.txt's legislature word, composed with the state named
    assertThat(shippedCodes("2015-06-01", "Israel's Knesset voted to dissolve.")).containsExactly("Israel's Knesset=ISRLEG");
    // a seat of government is the government
    assertThat(shippedCodes("2015-06-01", "The Kremlin warned the White House.")).containsExactly("The Kremlin=RUSGOV", "the White House=USAGOV");
    // a named organ is its state: the protesters Xinhua reports are that state's, and "the government" its
    assertThat(shippedCodes("2015-06-01", "Xinhua said 400 protesters attacked the government."))
        .containsExactly("Xinhua=CHNMED", "protesters=CHNOPP", "government=CHNGOV");
  }

  /**
   * The shipped companies file through the whole resolver: a company is its home state's business,
   * and its name, longer than a title, is not read as a title before a name ("General Motors").
   */
  @Test
  void companiesOfTheShippedDictionariesAreTheirHomeStatesBusiness() throws IOException {
    assertThat(shippedCodes("2008-12-19", "The Bush administration handed emergency loans to General Motors and Chrysler."))
        .containsExactly("Bush administration=USAGOV", "General Motors=USABUS", "Chrysler=USABUS");
    assertThat(shippedCodes("2008-12-19", "The United States lent General Motors money."))
        .containsExactly("United States=USA", "General Motors=USABUS");
    // the state before its own company is the company
    assertThat(shippedCodes("2009-01-01", "Russia's Gazprom cut gas supplies to Ukraine."))
        .containsExactly("Russia's Gazprom=RUSBUS", "Ukraine=UKR");
    assertThat(shippedCodes("2019-05-16", "The United States imposed sanctions on Huawei."))
        .containsExactly("United States=USA", "Huawei=CHNBUS");
    // a state and a role before the company's name compose with it
    assertThat(shippedCodes("2010-02-10", "Japanese carmaker Toyota apologised."))
        .containsExactly("Japanese carmaker Toyota=JPNBUS");
    // bare words the file leaves out stay words; the state's own air force stays its military
    assertThat(shippedCodes("2015-06-01", "A shell hit the Total refinery of Apple growers.")).isEmpty();
    assertThat(shippedCodes("2015-06-01", "Iran's air defences and the South Korean air force were alerted."))
        .containsExactly("Iran's=IRN", "South Korean air force=KORMIL");
  }

  /**
   * The shipped figures file through the whole resolver: a person out of office is a role of his
   * state on the sentence's date, and is a person that "he" refers back to.
   */
  @Test
  void figuresOfTheShippedDictionariesArePeopleInTheirStatesRoles() throws IOException {
    assertThat(shippedCodes("2008-06-22", "Morgan Tsvangirai pulled out of the run-off."))
        .containsExactly("Morgan Tsvangirai=ZWEOPP");
    assertThat(shippedCodes("2010-06-01", "Tsvangirai met the Chinese ambassador."))
        .first().isEqualTo("Tsvangirai=ZWEGOV");
    String first = "Terry Anderson was freed in Beirut.";
    String second = "He flew to Damascus.";
    List<Sentence> sentences =
        List.of(
            new Sentence("d", 0, 0, first.length(), first),
            new Sentence("d", 1, first.length() + 1, first.length() + 1 + second.length(), second));
    List<Mention> mentions = shipped().resolve(sentences, LocalDate.of(1991, 12, 4));
    assertThat(codes(mentions)).containsExactly("Terry Anderson=USAMED", "Beirut=LBN", "He=USAMED", "Damascus=SYR");
    assertThat(mentions.getFirst().person()).isEqualTo("Terry Anderson");
  }

  /** A leader of students or of rebels is of their sector, not of the government as a leader alone is. */
  @Test
  void leadersOfASectorAreOfThatSector() throws IOException {
    assertThat(shippedCodes("1989-05-20", "Student leaders in Beijing met the premier.")).first().isEqualTo("Student leaders in Beijing=CHNEDU");
    assertThat(shippedCodes("1989-05-20", "Leaders in Beijing met the premier.")).first().isEqualTo("Leaders in Beijing=CHNGOV");
    assertThat(shippedCodes("1989-05-20", "Salvadoran guerrilla leaders met the archbishop.")).first().isEqualTo("Salvadoran guerrilla leaders=SLVREB");
  }

  /** A military rank, written out or abbreviated, is a title: before a name it makes the one state in reach's officer. */
  @Test
  void aMilitaryRankBeforeAnUnknownNameIsTheStatesOfficer() throws IOException {
    assertThat(shippedCodes("1990-03-10", "In Haiti, Lt. Gen. Prosper Avril resigned.")).containsExactly("Haiti=HTI", "Lt. Gen. Prosper Avril=HTIMIL");
    assertThat(shippedCodes("1990-03-10", "In Liberia, Colonel Ezekiel Pickett resigned.")).containsExactly("Liberia=LBR", "Colonel Ezekiel Pickett=LBRMIL");
  }

  /** The matcher drops the parentheses of "(Maoist)" from text; the dictionary has the name without them. */
  @Test
  void aGroupNamedWithParenthesesInTheDictionaryMatchesText() throws IOException {
    String text = "The Communist Party of India (Maoist) attacked police.";
    List<Mention> mentions = shipped().resolve(List.of(new Sentence("d", 0, 0, text.length(), text)), LocalDate.of(2010, 4, 6));
    assertThat(mentions).isNotEmpty();
    assertThat(mentions.getFirst().code()).isEqualTo("INDREB");
    assertThat(mentions.getFirst().text()).startsWith("Communist Party of India");
  }

  @Test
  void aRoleAfterAStatesNamedPartIsThePartsRole() throws IOException {
    // "Sri Lanka's Tamil Tiger rebels": the rebels are the Tigers, not rebels of whatever state is in reach
    assertThat(shippedCodes("2006-10-18", "Sri Lanka's Tamil Tiger rebels said they were ready to meet in Thailand."))
        .first().isEqualTo("Sri Lanka's Tamil Tiger rebels=LKAREB");
  }

  @Test
  void labourAndBusinessBodiesAreTheirSectorsOfTheirState() throws IOException {
    assertThat(shippedCodes("2002-12-02", "Venezuela's largest labour federation and the main business chamber launched a strike."))
        .containsExactly("Venezuela's largest labour federation=VENLAB", "business chamber=VENBUS");
  }

  @Test
  void aRoleJoinedToAStatesGovernmentIsOfThatState() throws IOException {
    // the place named earlier (Algiers) would otherwise decide whose rebels they are
    assertThat(shippedCodes("1992-03-25", "Algerian diplomats mediated talks in Algiers between Mali's government and"
        + " Tuareg-led rebel groups.")).contains("Mali's government=MLIGOV", "rebel groups=MLIREB");
  }

  @Test
  void lowerCaseShortWordsAreNotAcronyms() {
    assertThat(codes(resolve(JUNE_2001, "They told us that the U.S. and US envoys agreed.")))
        .containsExactly("U.S.=USA", "US=USA");
  }

  @Test
  void offsetsPointIntoTheDocumentText() {
    List<Mention> mentions = resolve(JUNE_2001, "Rain fell.", "Later Iranian police came.");
    Mention mention = mentions.getFirst();
    String document = "Rain fell. Later Iranian police came.";
    assertThat(document.substring(mention.start(), mention.end())).isEqualTo("Iranian police");
    assertThat(mention.sentence()).isEqualTo(1);
  }
}
