package org.dyad.nlp.dictionary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Dyad's own actor and agent dictionaries, read from the classpath through the PETRARCH readers:
 * they must load without a single warning, cover what they promise, and resolve the spellings
 * news actually uses.
 */
class DefaultDictionariesTest {

  private static final String FOLDER = "/org/dyad/nlp/dictionaries/";

  private static ReadResult<ActorDictionary> countries;
  private static ReadResult<ActorDictionary> institutions;
  private static ReadResult<ActorDictionary> igos;
  private static ReadResult<ActorDictionary> ngos;
  private static ReadResult<ActorDictionary> peoples;
  private static ReadResult<ActorDictionary> groups;
  private static ReadResult<ActorDictionary> parties;
  private static ReadResult<ActorDictionary> leaders;
  private static ReadResult<ActorDictionary> figures;
  private static ReadResult<ActorDictionary> formerStates;
  private static ReadResult<ActorDictionary> companies;
  private static ReadResult<AgentDictionary> agents;
  private static ActorDictionary all;

  @BeforeAll
  static void readTheDictionaries() throws IOException {
    PetrarchActorReader actors = new PetrarchActorReader();
    countries = readActors(actors, "countries.actors.txt");
    institutions = readActors(actors, "institutions.actors.txt");
    igos = readActors(actors, "igos.actors.txt");
    ngos = readActors(actors, "ngos.actors.txt");
    peoples = readActors(actors, "peoples.actors.txt");
    groups = readActors(actors, "groups.actors.txt");
    parties = readActors(actors, "parties.actors.txt");
    leaders = readActors(actors, "leaders.actors.txt");
    figures = readActors(actors, "figures.actors.txt");
    formerStates = readActors(actors, "former-states.actors.txt");
    companies = readActors(actors, "companies.actors.txt");
    try (Reader reader = open("agents.txt")) {
      agents = new PetrarchAgentReader().read(reader, "agents.txt");
    }
    all =
        ActorDictionary.union(
            List.of(
                countries.dictionary(),
                institutions.dictionary(),
                igos.dictionary(),
                ngos.dictionary(),
                peoples.dictionary(),
                groups.dictionary(),
                parties.dictionary(),
                leaders.dictionary(),
                figures.dictionary(),
                formerStates.dictionary(),
                companies.dictionary()));
  }

  private static ReadResult<ActorDictionary> readActors(PetrarchActorReader reader, String name)
      throws IOException {
    try (Reader in = open(name)) {
      return reader.read(in, name);
    }
  }

  private static Reader open(String name) {
    InputStream stream = DefaultDictionariesTest.class.getResourceAsStream(FOLDER + name);
    assertThat(stream).as(FOLDER + name + " on the classpath").isNotNull();
    return new InputStreamReader(stream, StandardCharsets.UTF_8);
  }

  private static ActorEntry only(String phrase) {
    List<ActorEntry> found = all.lookup(phrase);
    assertThat(found).as(phrase).hasSize(1);
    return found.getFirst();
  }

  private static Set<String> codes(ActorDictionary dictionary) {
    return dictionary.entries().stream()
        .flatMap(entry -> entry.codes().stream())
        .map(CodeSpan::code)
        .collect(Collectors.toSet());
  }

  @Test
  void everyFileReadsWithoutWarnings() {
    assertThat(countries.warnings()).isEmpty();
    assertThat(institutions.warnings()).isEmpty();
    assertThat(igos.warnings()).isEmpty();
    assertThat(ngos.warnings()).isEmpty();
    assertThat(peoples.warnings()).isEmpty();
    assertThat(groups.warnings()).isEmpty();
    assertThat(parties.warnings()).isEmpty();
    assertThat(leaders.warnings()).isEmpty();
    assertThat(figures.warnings()).isEmpty();
    assertThat(companies.warnings()).isEmpty();
    assertThat(agents.warnings()).isEmpty();
  }

  @Test
  void everyStateHasOneUndatedCodeOfItsOwn() {
    List<ActorEntry> states = countries.dictionary().entries();
    // 193 UN members, plus Palestine, the Holy See, Kosovo and Taiwan.
    assertThat(states).hasSize(197);
    assertThat(states)
        .allSatisfy(
            state -> {
              // Kosovo alone also names the state it was part of, Serbia, until its independence
              assertThat(state.codes().stream().filter(span -> !span.isDated())).hasSize(1);
              assertThat(state.codes().getFirst().isDated()).isFalse();
              assertThat(state.codes().getFirst().code()).matches("[A-Z]{3}");
              assertThat(state.codes()).hasSize(state.phrase().equals("kosovo") ? 2 : 1);
            });
    assertThat(only("Kosovo").codeOn(LocalDate.of(2008, 2, 16))).contains("SRB");
    assertThat(only("Kosovo").codeOn(LocalDate.of(2008, 2, 17))).contains("KSV");
    assertThat(codes(countries.dictionary())).hasSize(197).contains("PSE", "VAT", "KSV", "TWN");
  }

  @Test
  void aFormerStateIsItsSuccessorUntilItCeasedToExistAndCongoChangedWithZaire() {
    assertThat(formerStates.warnings()).isEmpty();
    Set<String> successors = codes(countries.dictionary());
    assertThat(formerStates.dictionary().entries())
        .isNotEmpty()
        .allSatisfy(state -> assertThat(state.codes()).allSatisfy(span -> {
          assertThat(span.isDated()).as(state.phrases().getFirst()).isTrue();
          assertThat(successors).contains(span.code());
        }));
    CodeSpan soviet = only("SOVIET_UNION").codes().getFirst();
    assertThat(soviet.code()).isEqualTo("RUS");
    assertThat(soviet.contains(LocalDate.of(1991, 12, 25))).isTrue();
    assertThat(soviet.contains(LocalDate.of(1991, 12, 26))).isFalse();
    // "Congo" was Brazzaville's until Zaire took the name
    List<CodeSpan> congo = only("CONGO").codes();
    assertThat(congo.stream().filter(span -> span.contains(LocalDate.of(1996, 1, 1))).map(CodeSpan::code)).containsExactly("COG");
    assertThat(congo.stream().filter(span -> span.contains(LocalDate.of(2003, 5, 1))).map(CodeSpan::code)).containsExactly("COD");
  }

  /**
   * A phrase may name two entries only when both act for the same state, so the sentence's date
   * can choose between them ("President Bush", father or son) without changing the country.
   */
  @Test
  void noPhraseBelongsToEntriesOfTwoStates() {
    java.util.Map<String, Set<Set<String>>> rootsByPhrase = new java.util.TreeMap<>();
    for (ActorEntry entry : all.entries()) {
      Set<String> roots = entry.codes().stream().map(span -> span.code().substring(0, 3)).collect(Collectors.toCollection(TreeSet::new));
      for (String phrase : entry.phrases()) {
        rootsByPhrase.computeIfAbsent(phrase, p -> new HashSet<>()).add(roots);
      }
    }
    assertThat(rootsByPhrase).allSatisfy((phrase, rootSets) -> assertThat(rootSets).as(phrase).hasSize(1));
    assertThat(all.lookup("president bush")).hasSize(2);
  }

  @Test
  void coversTheOrganisationsAndGroupsItPromises() {
    assertThat(igos.dictionary().size()).isGreaterThanOrEqualTo(30);
    assertThat(codes(igos.dictionary())).allSatisfy(code -> assertThat(code).startsWith("IGO"));
    assertThat(groups.dictionary().size()).isGreaterThanOrEqualTo(60);
    assertThat(groups.dictionary().entries())
        .allSatisfy(group -> assertThat(group.codes()).anyMatch(span -> !span.isDated()));
    assertThat(agents.dictionary().size()).isGreaterThanOrEqualTo(120);
  }

  @Test
  void organisationsOutsideGovernmentAreNgos() {
    assertThat(ngos.dictionary().size()).isGreaterThanOrEqualTo(30);
    assertThat(codes(ngos.dictionary())).allSatisfy(code -> assertThat(code).startsWith("NGO"));
    assertThat(only("ICRC")).isSameAs(only("Red Cross"));
    assertThat(only("Amnesty International").codes()).containsExactly(CodeSpan.always("NGOHRIAMN"));
    // "an amnesty for rebels" is no organisation
    assertThat(all.lookup("amnesty")).isEmpty();
  }

  @Test
  void peoplesNameTheStateTheyLiveIn() {
    Set<String> states = codes(countries.dictionary());
    assertThat(peoples.dictionary().entries())
        .allSatisfy(
            people -> {
              assertThat(people.codes().stream().filter(span -> !span.isDated()))
                  .as(people.phrase())
                  .hasSize(1);
              assertThat(people.codes())
                  .as(people.phrase())
                  .allSatisfy(span -> assertThat(span.code()).isIn(states));
            });
    assertThat(only("Chechens").codes()).containsExactly(CodeSpan.always("RUS"));
    assertThat(only("Yoruba").codes()).containsExactly(CodeSpan.always("NGA"));
    // a community takes the state it lives in, not the one its name recalls
    assertThat(only("Bosnian Serbs").codes()).containsExactly(CodeSpan.always("BIH"));
    assertThat(only("Kosovo Albanians").codeOn(LocalDate.of(2010, 1, 1))).contains("KSV");
    // peoples spread over several states have no one code
    for (String spread :
        List.of("Kurds", "Tamils", "Pashtuns", "Hutu", "Shona", "Druze", "Tatars", "Kashmiris")) {
      assertThat(all.lookup(spread)).as(spread).isEmpty();
    }
  }

  @Test
  void peoplesOfOneStateTakeItsCode() {
    assertThat(only("Sikhs").codes()).containsExactly(CodeSpan.always("IND"));
    assertThat(only("Yazidis").codes()).containsExactly(CodeSpan.always("IRQ"));
    assertThat(only("Alawites").codes()).containsExactly(CodeSpan.always("SYR"));
    assertThat(only("Hawiye").codes()).containsExactly(CodeSpan.always("SOM"));
    assertThat(only("Maori").codes()).containsExactly(CodeSpan.always("NZL"));
    // a breakaway region's people take the state places.actors.txt gives the region
    assertThat(only("South Ossetians").codes()).containsExactly(CodeSpan.always("GEO"));
    assertThat(only("Crimean Tatars").codes()).containsExactly(CodeSpan.always("UKR"));
    // the valley's Muslims, not Kashmiris as a whole
    assertThat(only("Kashmiri Muslims").codes()).containsExactly(CodeSpan.always("IND"));
  }

  @Test
  void communitiesNamedWithAStateTakeThatState() {
    // each name alone is another state's demonym: Albanians, Tajiks, Turkmen
    assertThat(only("Macedonian Albanians").codes()).containsExactly(CodeSpan.always("MKD"));
    assertThat(only("ethnic Albanians in Kosovo")).isSameAs(only("Kosovo Albanians"));
    assertThat(only("Afghan Tajiks").codes()).containsExactly(CodeSpan.always("AFG"));
    assertThat(only("Afghan Uzbeks")).isSameAs(only("Afghan Tajiks"));
    assertThat(only("Iraqi Turkmen").codes()).containsExactly(CodeSpan.always("IRQ"));
    assertThat(only("Lebanese Druze").codes()).containsExactly(CodeSpan.always("LBN"));
    // settlers in the West Bank and Gaza, named by their religion rather than their state
    assertThat(only("Jewish settlers").codes()).containsExactly(CodeSpan.always("ISR"));
    assertThat(all.lookup("Jewish")).isEmpty();
    assertThat(only("Albanians").codes()).containsExactly(CodeSpan.always("ALB"));
  }

  @Test
  void southSudanesePeoplesWereSudansBeforeIndependence() {
    // South Sudan became independent on 9 July 2011
    LocalDate lastDayOfSudan = LocalDate.of(2011, 7, 8);
    for (String people : List.of("Dinka", "Nuer", "Shilluk")) {
      ActorEntry entry = only(people);
      assertThat(entry.codeOn(lastDayOfSudan)).as(people).contains("SDN");
      assertThat(entry.codeOn(lastDayOfSudan.plusDays(1))).as(people).contains("SSD");
      assertThat(entry.codes().stream().filter(span -> !span.isDated()).map(CodeSpan::code))
          .as(people)
          .containsExactly("SSD");
    }
  }

  @Test
  void theSplmWasSudansRebelsBeforeIndependenceAndSouthSudansGovernmentAfter() {
    LocalDate lastDayOfSudan = LocalDate.of(2011, 7, 8);
    assertThat(only("SPLM/A")).isSameAs(only("Sudan People's Liberation Movement"));
    assertThat(only("SPLM").codeOn(lastDayOfSudan)).contains("SDNREB");
    assertThat(only("SPLM").codeOn(lastDayOfSudan.plusDays(1))).contains("SSDGOV");
    assertThat(only("SPLA").codeOn(lastDayOfSudan.plusDays(1))).contains("SSDMIL");
    assertThat(only("SPLM-IO")).isNotSameAs(only("SPLM"));
  }

  @Test
  void groupsActiveInOneStateAreItsRebelsNotTheRegions() {
    // Phoenix gives Fatah and Islamic Jihad the region MEA, the IRA WEU, the RUF WAF, the KLA EEU
    for (String faction : List.of("Fatah", "Islamic Jihad", "PFLP", "al-Aqsa Martyrs Brigades")) {
      assertThat(only(faction).codes()).as(faction).containsExactly(CodeSpan.always("PSEREB"));
    }
    assertThat(only("IRA").codes()).containsExactly(CodeSpan.always("GBRREB"));
    assertThat(only("RUF").codes()).containsExactly(CodeSpan.always("SLEREB"));
    assertThat(only("KLA").codeOn(LocalDate.of(1998, 3, 1))).contains("SRBREB");
  }

  @Test
  void theResolverReadsEveryActorFile() throws IOException {
    ActorDictionary shipped = org.dyad.nlp.resolve.ActorDictionaries.defaults().actors();
    assertThat(shipped.size()).isEqualTo(all.size() + places().size());
    assertThat(shipped.lookup("Red Cross")).isNotEmpty();
    assertThat(shipped.lookup("Chechens")).isNotEmpty();
    assertThat(shipped.lookup("Gazprom")).isNotEmpty();
  }

  private static ActorDictionary places() throws IOException {
    return readActors(new PetrarchActorReader(), "places.actors.txt").dictionary();
  }

  @Test
  void frequentMisspellingsOfStatesResolve() {
    assertThat(only("Ethopia")).isSameAs(only("Ethiopia"));
    assertThat(only("Quatar")).isSameAs(only("Qatar"));
    assertThat(only("Phillipines")).isSameAs(only("Philippines"));
  }

  @Test
  void leadersCoverFortyStatesAndThirtyArmedGroupFigures() {
    Set<String> governed =
        codes(leaders.dictionary()).stream()
            .filter(code -> code.matches("[A-Z]{3}GOV"))
            .map(code -> code.substring(0, 3))
            .collect(Collectors.toSet());
    assertThat(governed).hasSizeGreaterThanOrEqualTo(40);
    assertThat(codes(countries.dictionary())).containsAll(governed);

    Set<String> groupCodes = codes(groups.dictionary());
    long armedFigures =
        leaders.dictionary().entries().stream()
            .filter(entry -> entry.codes().stream().anyMatch(c -> groupCodes.contains(c.code())))
            .count();
    assertThat(armedFigures).isGreaterThanOrEqualTo(30);
  }

  @Test
  void capitalsAndDemonymsNameTheirState() {
    assertThat(only("Tehran").codes()).containsExactly(CodeSpan.always("IRN"));
    assertThat(only("Iranian").codes()).containsExactly(CodeSpan.always("IRN"));
    assertThat(only("Islamic Republic of Iran")).isSameAs(only("IRAN"));
    assertThat(only("Côte d'Ivoire").codes()).containsExactly(CodeSpan.always("CIV"));
    assertThat(only("East Timor").codes()).containsExactly(CodeSpan.always("TMP"));
    // The pronoun must not become the United States.
    assertThat(all.lookup("us")).isEmpty();
  }

  @Test
  void alQaedaResolvesUnderEverySpelling() {
    for (String spelling :
        List.of("al Qaida", "al-Qaeda", "Al-Qa'ida", "AL_QAEDA", "al-Qa\u2019ida", "AL QA'IDA")) {
      assertThat(only(spelling).codes()).as(spelling).containsExactly(CodeSpan.always("IMGMUSALQ"));
    }
  }

  @Test
  void hezbollahResolvesToThePhoenixCode() {
    assertThat(only("Hizballah")).isSameAs(only("Hezbollah"));
    assertThat(only("Hizballah").codes()).containsExactly(CodeSpan.always("LBNREB"));
  }

  @Test
  void iranianPresidentsAreGovernmentOnlyInOffice() {
    LocalDate june2001 = LocalDate.of(2001, 6, 1);
    LocalDate june2010 = LocalDate.of(2010, 6, 1);
    assertThat(only("Mohammad Khatami").codesOn(june2001)).contains("IRNGOV");
    assertThat(only("Khatami").codesOn(june2010)).doesNotContain("IRNGOV").contains("IRNELI");
    ActorEntry ahmadinejad = only("Mahmoud Ahmadinejad");
    assertThat(ahmadinejad.codesOn(june2010)).contains("IRNGOV");
    assertThat(ahmadinejad.codesOn(june2001)).doesNotContain("IRNGOV");
    // The handover day belongs to both, as the readers treat both range ends as included.
    assertThat(ahmadinejad.codesOn(LocalDate.of(2005, 8, 3))).contains("IRNGOV");
    assertThat(only("Pezeshkian").codeOn(LocalDate.of(2026, 1, 1))).contains("IRNGOV");
    assertThat(only("Khamenei").codeOn(LocalDate.of(2001, 6, 1))).contains("IRNGOV");
  }

  @Test
  void datedCodesFollowChangesOfPower() {
    ActorEntry taliban = only("Taliban");
    assertThat(taliban.codeOn(LocalDate.of(2015, 1, 1))).contains("AFGREB");
    assertThat(taliban.codeOn(LocalDate.of(2022, 1, 1))).contains("AFGGOV");
    ActorEntry trump = only("Donald Trump");
    assertThat(trump.codeOn(LocalDate.of(2019, 1, 1))).contains("USAGOV");
    assertThat(trump.codeOn(LocalDate.of(2022, 1, 1))).contains("USAELI");
    assertThat(trump.codeOn(LocalDate.of(2025, 6, 1))).contains("USAGOV");
    assertThat(only("Abu Mohammad al-Julani").codeOn(LocalDate.of(2020, 1, 1)))
        .contains("SYRREB");
    assertThat(only("Ahmed al-Sharaa").codeOn(LocalDate.of(2025, 6, 1))).contains("SYRGOV");
    ActorEntry anc = only("African National Congress");
    assertThat(anc.codeOn(LocalDate.of(1985, 1, 1))).contains("ZAFREB");
    assertThat(anc.codeOn(LocalDate.of(1992, 1, 1))).contains("ZAFOPP");
    assertThat(anc.codeOn(LocalDate.of(2000, 1, 1))).contains("ZAFGOV");
    assertThat(only("Khmer Rouge").codeOn(LocalDate.of(1977, 1, 1))).contains("KHMGOV");
    assertThat(only("Khmer Rouge").codeOn(LocalDate.of(1985, 1, 1))).contains("KHMREB");
    // a commander is the military in command, then the office he took
    ActorEntry petraeus = only("General David Petraeus");
    assertThat(petraeus.codeOn(LocalDate.of(2008, 4, 8))).contains("USAMIL");
    assertThat(petraeus.codeOn(LocalDate.of(2012, 1, 1))).contains("USASPY");
    assertThat(petraeus.codeOn(LocalDate.of(2015, 1, 1))).contains("USAELI");
    assertThat(only("Jim Mattis").codeOn(LocalDate.of(2018, 1, 1))).contains("USAGOV");
  }

  /**
   * The parties file: a party is its state's OPP out of government and GOV in it, so the Muslim
   * Brotherhood is Egypt's opposition except for Morsi's year, 30 June 2012 to 3 July 2013.
   */
  @Test
  void theMuslimBrotherhoodIsEgyptsOppositionExceptForTheYearItGoverned() {
    ActorEntry brotherhood = only("Muslim Brotherhood");
    assertThat(brotherhood.codeOn(LocalDate.of(2005, 1, 1))).contains("EGYOPP");
    assertThat(brotherhood.codeOn(LocalDate.of(2012, 6, 29))).contains("EGYOPP");
    assertThat(brotherhood.codeOn(LocalDate.of(2012, 6, 30))).contains("EGYGOV");
    assertThat(brotherhood.codeOn(LocalDate.of(2013, 1, 1))).contains("EGYGOV");
    assertThat(brotherhood.codeOn(LocalDate.of(2013, 7, 3))).contains("EGYGOV");
    assertThat(brotherhood.codeOn(LocalDate.of(2013, 7, 4))).contains("EGYOPP");
    assertThat(brotherhood.codeOn(LocalDate.of(2020, 1, 1))).contains("EGYOPP");
    assertThat(only("Egypt's Muslim Brotherhood")).isSameAs(brotherhood);
    assertThat(only("Freedom and Justice Party").codeOn(LocalDate.of(2013, 1, 1))).contains("EGYGOV");
    // the Brotherhoods of other states are their states'
    assertThat(only("Syrian Muslim Brotherhood").codes()).containsExactly(CodeSpan.always("SYROPP"));
  }

  @Test
  void partiesAndMovementsResolveToTheirStates() {
    assertThat(only("Awami League").codes()).extracting(CodeSpan::code).allMatch(code -> code.startsWith("BGD"));
    assertThat(only("Awami League").codeOn(LocalDate.of(2015, 1, 1))).contains("BGDGOV");
    assertThat(only("Awami League").codeOn(LocalDate.of(2005, 1, 1))).contains("BGDOPP");
    assertThat(only("Bangladesh Nationalist Party").codeOn(LocalDate.of(2005, 1, 1))).contains("BGDGOV");
    assertThat(only("Islamic Renaissance Party").codeOn(LocalDate.of(1999, 8, 1))).contains("TJKOPP");
    assertThat(only("Cambodia National Rescue Party").codeOn(LocalDate.of(2014, 1, 1))).contains("KHMOPP");
    assertThat(only("Cambodian People's Party").codeOn(LocalDate.of(2014, 1, 1))).contains("KHMGOV");
    assertThat(only("Civic Forum").codeOn(LocalDate.of(1989, 11, 20))).contains("CZEOPP");
    assertThat(only("Civic Forum").codeOn(LocalDate.of(1990, 6, 1))).contains("CZEGOV");
    assertThat(only("Public Against Violence").codeOn(LocalDate.of(1989, 11, 20))).contains("CZEOPP");
    // East Germany is DEU, as former-states.actors.txt codes it
    assertThat(only("Neues Forum").codes()).containsExactly(CodeSpan.always("DEUOPP"));
    assertThat(only("New Forum opposition group")).isSameAs(only("Neues Forum"));
    assertThat(only("Solidarity trade union").codeOn(LocalDate.of(1989, 4, 17))).contains("POLOPP");
    assertThat(only("Solidarity trade union").codeOn(LocalDate.of(1990, 1, 1))).contains("POLGOV");
    assertThat(only("Solidarnosc")).isSameAs(only("Solidarity union")).isSameAs(only("Solidarność"));
    assertThat(only("Chinese Communist Party").codes()).containsExactly(CodeSpan.always("CHNGOV"));
    ActorEntry kmt = only("KMT");
    assertThat(kmt.codeOn(LocalDate.of(1995, 1, 1))).contains("TWNGOV");
    assertThat(kmt.codeOn(LocalDate.of(2005, 1, 1))).contains("TWNOPP");
    assertThat(only("Likud").codeOn(LocalDate.of(2008, 1, 1))).contains("ISROPP");
    assertThat(only("Likud").codeOn(LocalDate.of(2024, 1, 1))).contains("ISRGOV");
    assertThat(only("Kadima").codeOn(LocalDate.of(2007, 1, 1))).contains("ISRGOV");
    assertThat(only("Congress Party").codeOn(LocalDate.of(2010, 1, 1))).contains("INDGOV");
    assertThat(only("BJP").codeOn(LocalDate.of(2010, 1, 1))).contains("INDOPP");
    assertThat(only("PML-N")).isSameAs(only("PML N")).isSameAs(only("Pakistan Muslim League-Nawaz"));
    assertThat(only("Tehreek-e-Insaf").codeOn(LocalDate.of(2020, 1, 1))).contains("PAKGOV");
    // a movement that fought its state was REB for those years
    ActorEntry tplf = only("TPLF");
    assertThat(tplf.codeOn(LocalDate.of(1985, 1, 1))).contains("ETHREB");
    assertThat(tplf.codeOn(LocalDate.of(2000, 1, 1))).contains("ETHGOV");
    assertThat(tplf.codeOn(LocalDate.of(2016, 1, 1))).contains("ETHOPP");
    assertThat(tplf.codeOn(LocalDate.of(2021, 6, 1))).contains("ETHREB");
    // the two United States parties are CAMEO's political-party role, undated
    assertThat(only("GOP")).isSameAs(only("Republican Party"));
    assertThat(only("Republican Party").codes()).containsExactly(CodeSpan.always("USAPTY"));
    assertThat(only("House Democrats").codes()).containsExactly(CodeSpan.always("USAPTY"));
    // the longer name wins for the rarer party sharing a bare name
    assertThat(only("Republican Party of Armenia").codes()).extracting(CodeSpan::code).allMatch(code -> code.startsWith("ARM"));
    assertThat(only("Liberal Democratic Party of Russia").codes()).containsExactly(CodeSpan.always("RUSOPP"));
    assertThat(only("Liberal Democratic Party").codeOn(LocalDate.of(2015, 1, 1))).contains("JPNGOV");
  }

  @Test
  void ordinaryWordsAndNamesSharedByTwoStatesAreLeftOutOrQualified() {
    for (String left :
        List.of("solidarity", "new forum", "law and justice", "Baath Party", "Justice and Development Party",
            "Jamaat-e-Islami", "Democratic Progressive Party", "Labour Party", "Labor Party", "Democratic Party",
            "Democrats", "Republicans", "Conservative Party", "Tories", "Liberal Democrats", "National Front",
            "National Salvation Front", "Future Movement", "New Democracy", "Lebanese Forces", "red shirts",
            "red-shirted", "yellow shirts", "Brotherhood", "Muslim Brothers", "BNP", "PTI", "PPP", "APC", "PDP",
            "PAN", "CHP", "People's Democratic Party", "General People's Congress", "Workers' Party",
            "Jubilee Party", "Podemos", "Muslim League")) {
      assertThat(all.lookup(left)).as(left).isEmpty();
    }
    LocalDate day = LocalDate.of(2015, 1, 1);
    assertThat(only("AKP")).isSameAs(only("Turkey's Justice and Development Party"));
    assertThat(only("AKP").codeOn(day)).contains("TURGOV");
    assertThat(only("Morocco's Justice and Development Party").codeOn(day)).contains("MARGOV");
    assertThat(only("Syrian Baath Party").codeOn(day)).contains("SYRGOV");
    assertThat(only("Syrian Baath Party").codeOn(LocalDate.of(2025, 6, 1))).contains("SYROPP");
    assertThat(only("Iraqi Baath Party").codeOn(LocalDate.of(1990, 1, 1))).contains("IRQGOV");
    assertThat(only("Iraqi Baath Party").codeOn(day)).contains("IRQOPP");
    assertThat(only("Bangladesh Jamaat-e-Islami").codes()).containsExactly(CodeSpan.always("BGDOPP"));
    assertThat(only("Jamaat-e-Islami Pakistan").codes()).containsExactly(CodeSpan.always("PAKOPP"));
    assertThat(only("Taiwan's Democratic Progressive Party").codeOn(day)).contains("TWNOPP");
    assertThat(only("British Labour Party").codeOn(day)).contains("GBROPP");
    assertThat(only("Israeli Labor Party").codeOn(LocalDate.of(1994, 1, 1))).contains("ISRGOV");
    assertThat(only("HDP").codes()).containsExactly(CodeSpan.always("TUROPP"));
    assertThat(only("Nigeria's Peoples Democratic Party").codeOn(LocalDate.of(2010, 1, 1))).contains("NGAGOV");
  }

  @Test
  void everyPartyIsItsStatesOppositionGovernmentOrRebelsWithTheUndatedCodeFirst() {
    assertThat(parties.dictionary().size()).isGreaterThanOrEqualTo(120);
    Set<String> states = new HashSet<>(codes(countries.dictionary()));
    states.addAll(codes(formerStates.dictionary()));
    assertThat(parties.dictionary().entries())
        .allSatisfy(
            party -> {
              assertThat(party.codes()).as(party.phrase()).isNotEmpty();
              assertThat(party.codes().getFirst().isDated()).as(party.phrase()).isFalse();
              assertThat(party.codes().stream().filter(span -> !span.isDated())).as(party.phrase()).hasSize(1);
              for (CodeSpan span : party.codes()) {
                String code = span.code();
                assertThat(code).as(party.phrase()).matches("[A-Z]{3}(OPP|GOV|REB|PTY)");
                assertThat(code.substring(0, 3)).as(party.phrase()).isIn(states);
                if (code.endsWith("PTY")) {
                  assertThat(code).as(party.phrase()).isEqualTo("USAPTY");
                }
                // a party is a group, not a person, though most of its codes are dated
                assertThat(org.dyad.nlp.resolve.ActorKind.of(party, code))
                    .as(party.phrase())
                    .isEqualTo(org.dyad.nlp.resolve.ActorKind.ARMED_OR_POLITICAL_GROUP);
              }
            });
  }

  /** Compared as the matcher compares them, so that "PML-N" and "PML N" are one name. */
  @Test
  void noPartyNameIsAnotherFilesNameAnAgentOrTwoPartiesName() throws IOException {
    assertThat(clashesOf(parties.dictionary(), "parties.actors.txt")).isEmpty();
  }

  /**
   * The phrases of {@code file}'s entries that another actor file or agents.txt also has, or that two
   * of its own entries share, as the matcher compares names; each with where else it stands.
   */
  private static Set<String> clashesOf(ActorDictionary dictionary, String file) throws IOException {
    java.util.Map<String, String> owner = new java.util.HashMap<>();
    PetrarchActorReader reader = new PetrarchActorReader();
    for (String other :
        List.of("countries.actors.txt", "former-states.actors.txt", "institutions.actors.txt", "places.actors.txt",
            "peoples.actors.txt", "igos.actors.txt", "ngos.actors.txt", "groups.actors.txt", "parties.actors.txt",
            "leaders.actors.txt", "figures.actors.txt", "companies.actors.txt")) {
      if (other.equals(file)) {
        continue;
      }
      for (ActorEntry entry : readActors(reader, other).dictionary().entries()) {
        for (String phrase : entry.phrases()) {
          owner.put(matchKey(phrase), other + ": " + phrase);
        }
      }
    }
    for (AgentEntry agent : agents.dictionary().entries()) {
      owner.put(matchKey(agent.phrase()), "agents.txt: " + agent.phrase());
      agent.plurals().forEach(plural -> owner.put(matchKey(plural), "agents.txt: " + plural));
    }
    Set<String> clashes = new TreeSet<>();
    java.util.Map<String, String> entryOf = new java.util.HashMap<>();
    for (ActorEntry entry : dictionary.entries()) {
      for (String phrase : entry.phrases()) {
        String key = matchKey(phrase);
        if (owner.containsKey(key)) {
          clashes.add(phrase + " (" + owner.get(key) + ")");
        }
        String first = entryOf.putIfAbsent(key, entry.phrase());
        if (first != null && !first.equals(entry.phrase())) {
          clashes.add(phrase + " (" + first + ", " + entry.phrase() + ")");
        }
      }
    }
    return clashes;
  }

  private static String matchKey(String normalPhrase) {
    return String.join(" ", org.dyad.nlp.match.NameKey.ofPhrase(normalPhrase));
  }

  /**
   * The institutions file: a named body of a state is the state's code + the role code of the
   * sector it acts for, and a body of a state that no longer exists is its successor's only while
   * that state existed, as former-states.actors.txt codes the state itself.
   */
  @Test
  void namedInstitutionsAreTheirStatesRole() {
    assertThat(institutions.dictionary().size()).isBetween(150, 300);
    assertThat(only("Xinhua").codes()).containsExactly(CodeSpan.always("CHNMED"));
    assertThat(only("New China News Agency")).isSameAs(only("Xinhua"));
    assertThat(only("KCNA").codes()).containsExactly(CodeSpan.always("PRKMED"));
    assertThat(only("ITAR-TASS")).isSameAs(only("TASS")).isSameAs(only("itar tass"));
    assertThat(only("TASS").codes()).containsExactly(CodeSpan.always("RUSMED"));
    assertThat(only("Press Trust of India").codes()).containsExactly(CodeSpan.always("INDMED"));
    assertThat(only("Al-Jazeera")).isSameAs(only("Al Jazeera"));
    assertThat(only("Al Jazeera").codes()).containsExactly(CodeSpan.always("QATMED"));
    assertThat(only("Kyodo").codes()).containsExactly(CodeSpan.always("JPNMED"));
    assertThat(only("Voice of America").codes()).containsExactly(CodeSpan.always("USAMED"));
    assertThat(only("Mossad").codes()).containsExactly(CodeSpan.always("ISRSPY"));
    assertThat(only("ISI")).isSameAs(only("Inter-Services Intelligence")).isSameAs(only("Inter Services Intelligence"));
    assertThat(only("ISI").codes()).containsExactly(CodeSpan.always("PAKSPY"));
    assertThat(only("CIA").codes()).containsExactly(CodeSpan.always("USASPY"));
    assertThat(only("Shin Bet")).isSameAs(only("Shabak"));
    // the FBI arrests and investigates: police, not the judiciary
    assertThat(only("FBI").codes()).containsExactly(CodeSpan.always("USACOP"));
    assertThat(only("IDF").codes()).containsExactly(CodeSpan.always("ISRMIL"));
    assertThat(only("People's Liberation Army")).isSameAs(only("PLA")).isSameAs(only("People\u2019s Liberation Army"));
    assertThat(only("PLA").codes()).containsExactly(CodeSpan.always("CHNMIL"));
    assertThat(only("Bundestag").codes()).containsExactly(CodeSpan.always("DEULEG"));
    assertThat(only("Sejm").codes()).containsExactly(CodeSpan.always("POLLEG"));
    assertThat(only("Lok Sabha").codes()).containsExactly(CodeSpan.always("INDLEG"));
    assertThat(only("National People's Congress")).isSameAs(only("NPC")).isSameAs(only("National Peoples Congress"));
    assertThat(only("NPC").codes()).containsExactly(CodeSpan.always("CHNLEG"));
    assertThat(only("IRGC").codes()).containsExactly(CodeSpan.always("IRNMIL"));
    // a central bank is GOVBUS, the code agents.txt gives "central bank"
    assertThat(only("Federal Reserve").codes()).containsExactly(CodeSpan.always("USA" + agents.dictionary().lookup("central bank").getFirst().code()));
    assertThat(only("Blue House").codes()).containsExactly(CodeSpan.always("KORGOV"));
    assertThat(only("Casa Rosada").codes()).containsExactly(CodeSpan.always("ARGGOV"));
    // the Knesset is agents.txt's legislature word, composed with Israel or the state in reach
    assertThat(agents.dictionary().lookup("Knesset").getFirst().code()).isEqualTo("LEG");
    assertThat(all.lookup("Knesset")).isEmpty();
  }

  @Test
  void institutionsOfTheSovietUnionEndWithIt() {
    CodeSpan soviet = only("Soviet Union").codes().getFirst();
    for (String name : List.of("KGB", "Red Army", "Supreme Soviet")) {
      ActorEntry entry = only(name);
      assertThat(entry.codes()).as(name).singleElement().satisfies(span -> assertThat(span.to()).isEqualTo(soviet.to()));
      assertThat(entry.codeOn(LocalDate.of(1985, 1, 1)).orElseThrow()).as(name).startsWith(soviet.code());
      assertThat(entry.codeOn(LocalDate.of(1991, 12, 26))).as(name).isEmpty();
    }
    assertThat(only("KGB").codeOn(LocalDate.of(1985, 1, 1))).contains("RUSSPY");
    assertThat(only("Red Army").codeOn(LocalDate.of(1980, 1, 1))).contains("RUSMIL");
    // since 1991 "the KGB" is mostly Belarus's, named with its state
    assertThat(only("Belarusian KGB").codes()).containsExactly(CodeSpan.always("BLRSPY"));
    assertThat(only("Belarus KGB")).isSameAs(only("Belarusian KGB"));
    assertThat(only("Stasi").codeOn(LocalDate.of(1989, 11, 9))).contains("DEUSPY");
    assertThat(only("Stasi").codeOn(LocalDate.of(1990, 10, 3))).isEmpty();
    // media that outlived their state keep the successor's code
    assertThat(only("Pravda").codeOn(LocalDate.of(2005, 1, 1))).contains("RUSMED");
    // a junta is the government only while it rules
    assertThat(only("SLORC").codeOn(LocalDate.of(1990, 1, 1))).contains("MMRGOV");
    assertThat(only("SLORC").codeOn(LocalDate.of(2005, 1, 1))).isEmpty();
    assertThat(only("SPDC").codeOn(LocalDate.of(2005, 1, 1))).contains("MMRGOV");
  }

  @Test
  void everyInstitutionIsARoleOfAStateAndNeverAPerson() {
    Set<String> states = new HashSet<>(codes(countries.dictionary()));
    states.addAll(codes(formerStates.dictionary()));
    assertThat(institutions.dictionary().entries())
        .allSatisfy(
            institution -> {
              assertThat(institution.codes()).as(institution.phrase()).isNotEmpty();
              for (CodeSpan span : institution.codes()) {
                assertThat(span.code()).as(institution.phrase()).matches("[A-Z]{3}(GOV|MIL|SPY|COP|LEG|JUD|MED|GOVBUS|GOVJUD)");
                assertThat(span.code().substring(0, 3)).as(institution.phrase()).isIn(states);
                // dated codes (the KGB's, a junta's) are not a person's terms of office: an organ is its state
                assertThat(org.dyad.nlp.resolve.ActorKind.of(institution, span.code()))
                    .as(institution.phrase())
                    .isEqualTo(org.dyad.nlp.resolve.ActorKind.STATE);
              }
            });
  }

  /** Bare names of the bodies of several states, ordinary words, and acronyms news uses otherwise. */
  @Test
  void ambiguousBareNamesOfInstitutionsAreLeftOutOrQualified() {
    Set<String> keys = new HashSet<>();
    institutions.dictionary().entries().forEach(entry -> entry.phrases().forEach(phrase -> keys.add(matchKey(phrase))));
    for (String left :
        List.of("Supreme Court", "Congress", "Parliament", "Senate", "National Assembly", "Interior Ministry",
            "Justice Department", "Foreign Office", "House of Commons", "House of Representatives",
            "National Security Council", "Republican Guard", "Revolutionary Command Council", "State Council",
            "Joint Chiefs of Staff", "Self-Defense Forces", "Revolutionary Guards", "Petra", "RT", "Russia Today",
            "PTI", "APP", "MENA", "SANA", "San'a", "CCTV", "AFP", "NSA", "CBI", "RAW", "SAS", "RAF", "People's Daily",
            "China Daily", "Diet", "Home Office", "Garda", "Fars", "Tasnim", "Saba", "Sputnik")) {
      assertThat(keys).as(left).doesNotContain(matchKey(Phrases.normalise(left)));
    }
    assertThat(institutions.dictionary().lookup("Supreme Court")).isEmpty();
    assertThat(all.lookup("Supreme Court")).isEmpty();
    // qualified, they name one body
    assertThat(only("US Justice Department").codes()).containsExactly(CodeSpan.always("USAGOVJUD"));
    assertThat(only("Petra news agency").codes()).containsExactly(CodeSpan.always("JORMED"));
    assertThat(only("Syrian Arab News Agency")).isSameAs(only("SANA news agency"));
    assertThat(only("Middle East News Agency")).isSameAs(only("MENA news agency"));
    assertThat(only("Associated Press of Pakistan").codes()).containsExactly(CodeSpan.always("PAKMED"));
    assertThat(only("Renmin Ribao")).isSameAs(only("People's Daily newspaper"));
    assertThat(only("RT television").codes()).containsExactly(CodeSpan.always("RUSMED"));
    assertThat(only("British House of Commons").codes()).containsExactly(CodeSpan.always("GBRLEG"));
  }

  /** Compared as the matcher compares them, so that "ITAR-TASS" and "ITAR TASS" are one name. */
  @Test
  void noInstitutionNameIsAnotherFilesNameAnAgentOrTwoInstitutionsName() throws IOException {
    assertThat(clashesOf(institutions.dictionary(), "institutions.actors.txt")).isEmpty();
  }

  /**
   * Text that names an actor by one of its dictionary phrases is matched, from its first word, as
   * that actor. The matcher splits text at punctuation and drops it, but keeps it inside a
   * dictionary word, so a phrase such as "Communist Party of India (Maoist)" needs a form without
   * the punctuation in its block.
   */
  @Test
  void everyDictionaryPhraseWrittenAsTextMatchesItsOwnEntry() throws IOException {
    List<ActorEntry> entries = new java.util.ArrayList<>(all.entries());
    entries.addAll(places().entries());
    org.dyad.nlp.match.PhraseTrie<ActorEntry> trie = new org.dyad.nlp.match.PhraseTrie<>();
    entries.forEach(entry -> entry.phrases().forEach(phrase -> trie.add(phrase, entry)));
    Set<String> unmatched = new TreeSet<>();
    for (ActorEntry entry : entries) {
      for (String phrase : entry.phrases()) {
        // as text writes it: a capital dotted I is one letter there, not i + a combining dot
        String text = java.text.Normalizer.normalize(phrase, java.text.Normalizer.Form.NFD).replaceAll("\\p{Mn}", "");
        var matches = trie.find(org.dyad.nlp.match.NameTokenizer.tokens(text));
        if (matches.isEmpty() || matches.getFirst().firstToken() != 0 || !matches.getFirst().values().contains(entry)) {
          unmatched.add(entry.sourceFile() + ": " + phrase);
        }
      }
    }
    assertThat(unmatched).isEmpty();
  }

  /**
   * The companies file: a company is its home state's code + BUS, undated, so that ActorKind never
   * reads it as a person with terms of office.
   */
  @Test
  void everyCompanyIsItsHomeStatesBusinessAndNeverAPerson() {
    assertThat(companies.dictionary().size()).isBetween(200, 400);
    Set<String> states = codes(countries.dictionary());
    assertThat(companies.dictionary().entries())
        .allSatisfy(
            company -> {
              assertThat(company.codes()).as(company.phrase()).singleElement().satisfies(span -> {
                assertThat(span.isDated()).as(company.phrase()).isFalse();
                assertThat(span.code()).as(company.phrase()).matches("[A-Z]{3}BUS");
                assertThat(span.code().substring(0, 3)).as(company.phrase()).isIn(states);
                assertThat(org.dyad.nlp.resolve.ActorKind.of(company, span.code()))
                    .as(company.phrase())
                    .isNotEqualTo(org.dyad.nlp.resolve.ActorKind.PERSON);
              });
            });
    assertThat(only("General Motors").codes()).containsExactly(CodeSpan.always("USABUS"));
    assertThat(only("Gazprom").codes()).containsExactly(CodeSpan.always("RUSBUS"));
    // state-owned firms are their state's business too
    assertThat(only("Saudi Aramco")).isSameAs(only("Aramco"));
    assertThat(only("Aramco").codes()).containsExactly(CodeSpan.always("SAUBUS"));
    assertThat(only("NIOC")).isSameAs(only("National Iranian Oil Company"));
    assertThat(only("ExxonMobil")).isSameAs(only("Exxon Mobil")).isSameAs(only("Exxon"));
    assertThat(only("Equinor")).isSameAs(only("Statoil"));
    // a dependency's firm is its sovereign's
    assertThat(only("Banco Delta Asia").codes()).containsExactly(CodeSpan.always("CHNBUS"));
  }

  /** Bare company names that are words, people's or places' names, or another actor's acronym. */
  @Test
  void ambiguousBareCompanyNamesAreLeftOutOrQualified() {
    for (String left :
        List.of("Shell", "Apple", "Total", "Amazon", "Meta", "Alphabet", "Oracle", "Intel", "Delta", "Fiat", "Vale",
            "Ford", "Santander", "Merck", "Raiffeisen", "GM", "GE", "LG", "EDF", "KIA", "SAA", "DJI", "Korean Air",
            "Iran Air", "Gulf Air", "China Mobile", "China Airlines", "Taiwan Semiconductor", "Indian Oil", "Naval Group",
            "State Grid", "Twitter", "TikTok")) {
      assertThat(companies.dictionary().lookup(left)).as(left).isEmpty();
    }
    assertThat(only("Royal Dutch Shell")).isSameAs(only("Shell Oil"));
    assertThat(only("Apple Inc").codes()).containsExactly(CodeSpan.always("USABUS"));
    assertThat(only("TotalEnergies")).isSameAs(only("Total SA"));
    assertThat(only("Ford Motor").codes()).containsExactly(CodeSpan.always("USABUS"));
    // "Emirates" stays the United Arab Emirates; the airline is named as one
    assertThat(only("Emirates").codes()).containsExactly(CodeSpan.always("ARE"));
    assertThat(only("Emirates airline").codes()).containsExactly(CodeSpan.always("AREBUS"));
  }

  /** Compared as the matcher compares them, so that "Alfa-Bank" and "Alfa Bank" are one name. */
  @Test
  void noCompanyNameIsAnotherFilesNameAnAgentOrTwoCompaniesName() throws IOException {
    assertThat(clashesOf(companies.dictionary(), "companies.actors.txt")).isEmpty();
  }

  /**
   * The figures file: a person outside office is a role of the state he or she acts for, with a
   * dated code for each change of role and an undated one for the other days, and is a person to
   * ActorKind though most of the codes are undated.
   */
  @Test
  void everyFigureIsARoleOfAStateAndAPerson() {
    assertThat(figures.dictionary().size()).isBetween(250, 400);
    Set<String> states = codes(countries.dictionary());
    Set<String> groupCodes = codes(groups.dictionary());
    assertThat(figures.dictionary().entries())
        .allSatisfy(
            figure -> {
              assertThat(figure.codes().getLast().isDated()).as(figure.phrase()).isFalse();
              assertThat(figure.codes().stream().filter(span -> !span.isDated())).as(figure.phrase()).hasSize(1);
              for (CodeSpan span : figure.codes()) {
                assertThat(span.code())
                    .as(figure.phrase())
                    .matches("[A-Z]{3}(OPP|ELI|LAB|REL|MED|HRI|CVL|REB|UAF|RAD|GOV|LEG|MIL|SPY|BUS|EDU|HLH|JUD)");
                // a state's role, or the code of the armed group the person acted for (the IRA's GBRREB)
                if (!groupCodes.contains(span.code())) {
                  assertThat(span.code().substring(0, 3)).as(figure.phrase()).isIn(states);
                }
                assertThat(org.dyad.nlp.resolve.ActorKind.of(figure, span.code()))
                    .as(figure.phrase())
                    .isEqualTo(org.dyad.nlp.resolve.ActorKind.PERSON);
              }
            });
    // an opposition leader who served in a unity government
    ActorEntry tsvangirai = only("Morgan Tsvangirai");
    assertThat(only("Tsvangirai")).isSameAs(tsvangirai);
    assertThat(tsvangirai.codeOn(LocalDate.of(2008, 6, 22))).contains("ZWEOPP");
    assertThat(tsvangirai.codeOn(LocalDate.of(2010, 1, 1))).contains("ZWEGOV");
    assertThat(tsvangirai.codeOn(LocalDate.of(2016, 1, 1))).contains("ZWEOPP");
    assertThat(only("Tendai Biti").codeOn(LocalDate.of(2011, 1, 1))).contains("ZWEGOV");
    assertThat(only("Navalny")).isSameAs(only("Alexei Navalny"));
    assertThat(only("Alexei Navalny").codes()).containsExactly(CodeSpan.always("RUSOPP"));
    assertThat(only("Sviatlana Tsikhanouskaya")).isSameAs(only("Svetlana Tikhanovskaya"));
    assertThat(only("Tikhanovskaya").codes()).containsExactly(CodeSpan.always("BLROPP"));
    assertThat(only("Liu Xiaobo").codes()).containsExactly(CodeSpan.always("CHNOPP"));
    assertThat(only("Kem Sokha").codes()).containsExactly(CodeSpan.always("KHMOPP"));
    assertThat(only("Sam Rainsy").codeOn(LocalDate.of(2015, 1, 1))).contains("KHMOPP");
    // a hostage is his passport's state and his trade; a cleric his church's state
    assertThat(only("Terry Anderson").codes()).containsExactly(CodeSpan.always("USAMED"));
    assertThat(only("Terry Waite").codes()).containsExactly(CodeSpan.always("GBRREL"));
    assertThat(only("Julian Assange").codes()).containsExactly(CodeSpan.always("AUSMED"));
    assertThat(only("Desmond Tutu")).isSameAs(only("Archbishop Desmond Tutu"));
    assertThat(only("Desmond Tutu").codes()).containsExactly(CodeSpan.always("ZAFREL"));
    assertThat(only("Mikhail Khodorkovsky").codeOn(LocalDate.of(2002, 1, 1))).contains("RUSBUS");
    assertThat(only("Mikhail Khodorkovsky").codeOn(LocalDate.of(2010, 1, 1))).contains("RUSOPP");
    // accented and hyphenated names in every spelling
    assertThat(only("Ekrem İmamoğlu")).isSameAs(only("Ekrem Imamoglu"));
    assertThat(only("Itamar Ben-Gvir")).isSameAs(only("Itamar Ben Gvir"));
    // common or shared surnames are no one's alone
    for (String shared : List.of("Lopez", "Machado", "Odinga", "Gandhi", "Chamorro", "Sands", "Barghouti")) {
      assertThat(figures.dictionary().lookup(shared)).as(shared).isEmpty();
    }
  }

  /** Compared as the matcher compares them, so that "Ben-Gvir" and "Ben Gvir" are one name. */
  @Test
  void noFigureNameIsAnotherFilesNameAnAgentOrTwoFiguresName() throws IOException {
    assertThat(clashesOf(figures.dictionary(), "figures.actors.txt")).isEmpty();
  }

  @Test
  void agentsGiveTheirRoleCodes() {
    AgentDictionary dictionary = agents.dictionary();
    AgentEntry police = dictionary.lookup("police").getFirst();
    assertThat(police.code()).isEqualTo("COP");
    assertThat(police.plurals()).isEmpty();
    assertThat(dictionary.lookup("policemen").getFirst().code()).isEqualTo("COP");
    assertThat(dictionary.lookup("soldiers").getFirst().code()).isEqualTo("MIL");
    assertThat(dictionary.lookup("rebels").getFirst().code()).isEqualTo("REB");
    assertThat(dictionary.lookup("gunmen").getFirst().code()).isEqualTo("UAF");
    assertThat(dictionary.lookup("lawmakers").getFirst().code()).isEqualTo("LEG");
    assertThat(dictionary.lookup("defence ministry").getFirst().code()).isEqualTo("GOVMIL");
    assertThat(dictionary.lookup("ministers of defense").getFirst().code()).isEqualTo("GOVMIL");
    assertThat(dictionary.lookup("businessmen").getFirst().code()).isEqualTo("BUS");
    assertThat(dictionary.lookup("fundamentalists").getFirst().code()).isEqualTo("RAD");
    assertThat(dictionary.lookup("forces").getFirst().code()).isEqualTo("MIL");
    assertThat(dictionary.lookup("missionaries").getFirst().code()).isEqualTo("REL");
    assertThat(dictionary.lookup("rioters").getFirst().code()).isEqualTo("OPP");
    assertThat(dictionary.lookup("mobs").getFirst().code()).isEqualTo("CVL");
    assertThat(dictionary.entries())
        .extracting(AgentEntry::placement)
        .containsOnly(AgentEntry.Placement.AFTER_ACTOR);
  }
}
