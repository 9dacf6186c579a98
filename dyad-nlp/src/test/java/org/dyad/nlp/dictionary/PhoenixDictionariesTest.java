package org.dyad.nlp.dictionary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The readers against the published PETRARCH-2 / Phoenix dictionaries in the shared data folder.
 *
 * <p>Expected counts were made with shell tools, independently of the readers: sed drops
 * everything from the first {@code #}, then awk sorts lines by their first non-blank character
 * ({@code +} synonym, {@code [} code line, anything else a primary phrase, i.e. an entry, with
 * {@code <!} comment lines left out), {@code grep -o} counts the {@code [...]} code blocks,
 * {@code grep -c} the agent lines holding a {@code [}, and discards are the non-blank lines.
 * Where a reader rejects something, the expected number is the shell count minus the rejected
 * items listed beside it.
 */
class PhoenixDictionariesTest {

  private static Path eventCoding;
  private static ReadResult<ActorDictionary> countries;
  private static ReadResult<ActorDictionary> international;
  private static ReadResult<ActorDictionary> militants;
  private static ReadResult<AgentDictionary> agents;
  private static ReadResult<DiscardDictionary> discards;

  private static Path shared;

  @BeforeAll
  static void readTheDictionaries() throws IOException {
    shared = org.dyad.nlp.SharedData.root();
    eventCoding = org.dyad.nlp.SharedData.eventCoding();
    if (!Files.isDirectory(eventCoding)) {
      return; // each test reports the skip, see below
    }
    PetrarchActorReader actors = new PetrarchActorReader();
    countries = actors.read(eventCoding.resolve("Phoenix.Countries.actors.txt"));
    international = actors.read(eventCoding.resolve("Phoenix.International.actors.txt"));
    militants = actors.read(eventCoding.resolve("Phoenix.MilNonState.actors.txt"));
    agents = new PetrarchAgentReader().read(eventCoding.resolve("Phoenix.agents.txt"));
    discards = new PetrarchDiscardReader().read(eventCoding.resolve("Phoenix.discards.txt"));
  }

  // Assumed per test rather than in @BeforeAll so that the report lists each test as skipped,
  // with this message, instead of running none.
  @BeforeEach
  void requireTheSharedData() {
    Assumptions.assumeTrue(
        Files.isDirectory(eventCoding),
        shared.toAbsolutePath().normalize()
            + " is absent: the dictionary tests against the Phoenix files are skipped");
  }

  private static int synonyms(ActorDictionary dictionary) {
    return dictionary.entries().stream().mapToInt(e -> e.synonyms().size()).sum();
  }

  private static int codes(ActorDictionary dictionary) {
    return dictionary.entries().stream().mapToInt(e -> e.codes().size()).sum();
  }

  private static List<Integer> warningLines(ReadResult<?> result) {
    return result.warnings().stream().map(DictionaryWarning::lineNumber).toList();
  }

  @Test
  void countriesFileCounts() {
    ActorDictionary dictionary = countries.dictionary();
    assertThat(dictionary.size()).isEqualTo(18_390);
    assertThat(synonyms(dictionary)).isEqualTo(7_527);
    // 28,389 code blocks, less the 6 rejected below (5 bad dates, 1 inverted range).
    assertThat(codes(dictionary)).isEqualTo(28_383);
  }

  @Test
  void countriesFileWarnings() {
    // 745, 12159: U+001A inside LIAMINE_Z?ROUAL_ and JAN_STRASK?Y (a lost accented letter).
    // 2039 [ARMUNR 9008223-...], 18010 [GBRGOV >201005011], 22508 and 22519 [IRQOCC
    // 1920030320-...], 43613 [SDNSSDAUT 1920050709-...]: dates with 7, 9 or 10 digits.
    // 14190 [EGYGOV 20121207-20120802]: ends before it starts.
    // The other 37: primary lines with no code, because the file stacks several primary lines
    // (missing their '+') above one set of codes, e.g. LEONID_BREZHNEV_ and the next three.
    List<Integer> codeless =
        List.of(
            11939, 11940, 39267, 39462, 39463, 39464, 39465, 39478, 39487, 39488, 39489, 39490,
            39498, 39543, 39544, 39545, 39546, 39547, 39548, 39549, 39550, 39576, 43615, 45722,
            45723, 45724, 45845, 50802, 50839, 50956, 50961, 50962, 50963, 50964, 50965, 51076,
            51183);
    assertThat(countries.warnings()).hasSize(45);
    assertThat(warningLines(countries))
        .containsAll(codeless)
        .contains(745, 12159, 2039, 18010, 22508, 22519, 43613, 14190);
    assertThat(countries.warnings())
        .filteredOn(w -> codeless.contains(w.lineNumber()))
        .allSatisfy(w -> assertThat(w.message()).contains("has no readable code"));
  }

  @Test
  void internationalFileCountsAndWarnings() {
    ActorDictionary dictionary = international.dictionary();
    assertThat(dictionary.size()).isEqualTo(7_841);
    assertThat(synonyms(dictionary)).isEqualTo(66);
    // 7,896 code blocks, less [KORGOVBUS 2004017-20061201] on line 40.
    assertThat(codes(dictionary)).isEqualTo(7_895);
    // 22 U.N._, 266 JOHN_J MCCLOY_ and 3694 "Source: MNC.MLH.actors" (a header missing its
    // '#'): no code. 3696, 3726, 6605: company data after the code without a '#'.
    assertThat(warningLines(international)).containsExactly(22, 40, 266, 3694, 3696, 3726, 6605);
  }

  @Test
  void militantsFileCounts() {
    ActorDictionary dictionary = militants.dictionary();
    assertThat(dictionary.size()).isEqualTo(1_021);
    assertThat(synonyms(dictionary)).isEqualTo(772);
    assertThat(codes(dictionary)).isEqualTo(1_021);
    assertThat(militants.warnings()).isEmpty();
  }

  @Test
  void alQaedaResolvesToImgmusalqUnderEverySpelling() {
    ActorDictionary all =
        ActorDictionary.union(
            List.of(countries.dictionary(), international.dictionary(), militants.dictionary()));
    List<String> spellings =
        List.of("AL_QAEDA", "AL_QAIDA", "al qa'ida", "AL-QA'IDA", "Qaeda group");
    for (String spelling : spellings) {
      assertThat(all.lookup(spelling))
          .as(spelling)
          .singleElement()
          .satisfies(entry -> {
            assertThat(entry.sourceFile()).isEqualTo("Phoenix.MilNonState.actors.txt");
            assertThat(entry.lineNumber()).isEqualTo(1133);
            assertThat(entry.codesOn(LocalDate.of(2011, 5, 2))).containsExactly("IMGMUSALQ");
          });
    }
  }

  @Test
  void ahmadinejadIsGovernmentOnlyDuringHisPresidency() {
    ActorEntry ahmadinejad =
        countries.dictionary().lookup("MAHMOUD_AHMADINEJAD_").getFirst();
    assertThat(countries.dictionary().lookup("president ahmadinejad")).containsExactly(ahmadinejad);
    // The file: [IRNELI 740101-000101], [IRNGOV 20050803-20130803], then an undated [IRNELI].
    assertThat(ahmadinejad.codesOn(LocalDate.of(2010, 6, 1))).containsExactly("IRNGOV", "IRNELI");
    assertThat(ahmadinejad.codeOn(LocalDate.of(2010, 6, 1))).contains("IRNGOV");
    assertThat(ahmadinejad.codesOn(LocalDate.of(2001, 6, 1))).containsExactly("IRNELI");
    assertThat(ahmadinejad.codeOn(LocalDate.of(2001, 6, 1))).contains("IRNELI");
  }

  @Test
  void hezbollahIsALebaneseRebelGroup() {
    ActorEntry hezbollah = militants.dictionary().lookup("Hezbollah").getFirst();
    assertThat(hezbollah.codes()).containsExactly(CodeSpan.always("LBNREB"));
    assertThat(militants.dictionary().lookup("HIZBALLAH")).containsExactly(hezbollah);
  }

  @Test
  void agentsFileCountsAndWarnings() {
    // 2,244 lines with '[': less 1 for [~ENV} (line 544) and 6 for the AD!MINIST!RATION
    // lines (904, 925, 930, 1041, 1065, 1069), leaving 2,237; the 20 !PERSON! lines give 5
    // entries each and the 320 !MINIST! lines 4 each: 2,237 + 20*4 + 320*3 = 3,277.
    assertThat(agents.dictionary().size()).isEqualTo(3_277);
    // Those 7 lines, and 1927 ISLAMIC_EXTREMIST, which has no code.
    assertThat(warningLines(agents)).containsExactly(544, 904, 925, 930, 1041, 1065, 1069, 1927);
  }

  @Test
  void agentsGiveTheirCodes() {
    AgentDictionary dictionary = agents.dictionary();
    AgentEntry police = dictionary.lookup("police").getFirst();
    assertThat(police.codeFragment()).isEqualTo("~COP");
    assertThat(police.plurals()).isEmpty();
    assertThat(dictionary.lookup("farmers").getFirst().code()).isEqualTo("AGR");
    assertThat(dictionary.lookup("thieves").getFirst().phrase()).isEqualTo("thief");
    assertThat(dictionary.lookup("congresswomen").getFirst().code()).isEqualTo("LEG");
    assertThat(dictionary.lookup("ministry for defence").getFirst().code()).isEqualTo("GOVMIL");
    assertThat(dictionary.lookup("truce monitor").getFirst().placement())
        .isEqualTo(AgentEntry.Placement.BEFORE_ACTOR);
  }

  @Test
  void discardsFileCounts() {
    assertThat(discards.dictionary().size()).isEqualTo(506);
    // grep -c '^+' after stripping comments.
    assertThat(discards.dictionary().entries(DiscardEntry.Scope.STORY)).hasSize(64);
    assertThat(discards.warnings()).isEmpty();
    assertThat(discards.dictionary().lookup("manchester united")).hasSize(2);
  }

  @Test
  void validationDictionariesReadCleanly() throws IOException {
    PetrarchActorReader actors = new PetrarchActorReader();
    ReadResult<ActorDictionary> v1 = actors.read(eventCoding.resolve("PETR.Validate.actors.txt"));
    ReadResult<ActorDictionary> v2 =
        actors.read(eventCoding.resolve("PETR_Validate_actors_2_02.txt"));
    assertThat(v1.dictionary().size()).isEqualTo(128);
    assertThat(v2.dictionary().size()).isEqualTo(133);
    assertThat(v1.warnings()).isEmpty();
    assertThat(v2.warnings()).isEmpty();
    for (String name : List.of("PETR.Validate.agents.txt", "PETR_Validate_agents_2_02.txt")) {
      ReadResult<AgentDictionary> read = new PetrarchAgentReader().read(eventCoding.resolve(name));
      // 88 lines with '[', CONGRESS!PERSON! adding 4 entries and !MINST!_OF_SILLY_WALKS 3.
      assertThat(read.dictionary().size()).as(name).isEqualTo(95);
      assertThat(read.warnings()).as(name).isEmpty();
    }
    for (String name : List.of("PETR.Validate.discards.txt", "PETR_Validate_discards_2_02.txt")) {
      ReadResult<DiscardDictionary> read =
          new PetrarchDiscardReader().read(eventCoding.resolve(name));
      assertThat(read.dictionary().size()).as(name).isEqualTo(9);
      assertThat(read.warnings()).as(name).isEmpty();
    }
  }

  @Test
  void samGamgeeGetsTheCodesTheValidationRecordsExpect() throws IOException {
    // PETR.UnitTest.records.xml, records DATE-02 and DATE-09 to DATE-13.
    ActorEntry sam =
        new PetrarchActorReader()
            .read(eventCoding.resolve("PETR.Validate.actors.txt"))
            .dictionary()
            .lookup("Sam Gamgee")
            .getFirst();
    assertThat(sam.codeOn(LocalDate.of(2008, 1, 19))).contains("HOBCIV");
    assertThat(sam.codeOn(LocalDate.of(2010, 1, 9))).contains("ORCHOB");
    assertThat(sam.codeOn(LocalDate.of(2010, 1, 10))).contains("ORCHOB");
    assertThat(sam.codeOn(LocalDate.of(2010, 1, 12))).contains("ORCHOB");
    assertThat(sam.codeOn(LocalDate.of(2010, 1, 13))).contains("HOBMIL");
    assertThat(sam.codeOn(LocalDate.of(2012, 12, 31))).contains("HOBGOV");
  }
}
