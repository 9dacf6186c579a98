package org.dyad.nlp.dictionary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PetrarchAgentReaderTest {

  private static ReadResult<AgentDictionary> read(String text) throws Exception {
    return new PetrarchAgentReader().read(new StringReader(text), "test.agents");
  }

  private static AgentEntry only(ReadResult<AgentDictionary> result, String phrase) {
    assertThat(result.dictionary().lookup(phrase)).as(phrase).hasSize(1);
    return result.dictionary().lookup(phrase).getFirst();
  }

  @Test
  void readsAnAgentAndFormsItsRegularPlural() throws Exception {
    ReadResult<AgentDictionary> result = read("FARMER [~AGR] # ns 6/26/01\n");
    AgentEntry farmer = only(result, "farmers");
    assertThat(farmer.phrase()).isEqualTo("farmer");
    assertThat(farmer.plurals()).containsExactly("farmers");
    assertThat(farmer.codeFragment()).isEqualTo("~AGR");
    assertThat(farmer.comment()).isEqualTo("ns 6/26/01");
    assertThat(farmer.lineNumber()).isEqualTo(1);
    assertThat(result.warnings()).isEmpty();
  }

  @Test
  void regularPluralsFollowEnglishSpelling() {
    assertThat(PetrarchAgentReader.regularPlural("authority")).isEqualTo("authorities");
    assertThat(PetrarchAgentReader.regularPlural("attorney")).isEqualTo("attorneys");
    assertThat(PetrarchAgentReader.regularPlural("boss")).isEqualTo("bosses");
    assertThat(PetrarchAgentReader.regularPlural("tax")).isEqualTo("taxes");
    assertThat(PetrarchAgentReader.regularPlural("church")).isEqualTo("churches");
    assertThat(PetrarchAgentReader.regularPlural("human rights activist"))
        .isEqualTo("human rights activists");
  }

  @Test
  void bracesGiveTheIrregularPluralOrNone() throws Exception {
    ReadResult<AgentDictionary> result =
        read("THIEF {THIEVES} [~CRM]\nPOLICE {} [~COP]\nSNEAK_THIEF {SNEAK_THIEVES}[~CRM]\n");
    assertThat(only(result, "thieves").phrase()).isEqualTo("thief");
    assertThat(only(result, "police").plurals()).isEmpty();
    assertThat(only(result, "sneak thieves").phrase()).isEqualTo("sneak thief");
    assertThat(result.warnings()).isEmpty();
  }

  @Test
  void aTrailingUnderscoreStopsTheAutomaticPlural() throws Exception {
    assertThat(only(read("MINISTRY_  [~GOV]\n"), "ministry").plurals()).isEmpty();
  }

  @Test
  void readsBothTildePlacementsAndBlanksInsideTheBrackets() throws Exception {
    ReadResult<AgentDictionary> result =
        read("POLICE {} [ ~COP]\nHUMAN_RIGHTS_ORGANIZATION  [  NGO~]\nHUSBAND [~agr]\n");
    assertThat(only(result, "police").placement()).isEqualTo(AgentEntry.Placement.AFTER_ACTOR);
    AgentEntry hro = only(result, "human rights organization");
    assertThat(hro.placement()).isEqualTo(AgentEntry.Placement.BEFORE_ACTOR);
    assertThat(hro.code()).isEqualTo("NGO");
    assertThat(only(result, "husband").codeFragment()).isEqualTo("~AGR");
  }

  @Test
  void expandsSubstitutionSetsWithoutPlurals() throws Exception {
    ReadResult<AgentDictionary> result =
        read(
            """
            !PERSON! = MAN, MEN, WOMAN
            !MINIST! = MINISTER, MINISTRY
            CONGRESS!PERSON!  [~LEG]
            HUSBAND!PERSON![~AGR]
            !MINIST! FOR_DEFENCE [~GOVMIL]
            !MINIST!_OF_SILLY_WALKS [~GOV]
            FIRE!PERSON! {} [~GOV]
            """);
    assertThat(result.warnings()).isEmpty();
    assertThat(result.dictionary().size()).isEqualTo(3 + 3 + 2 + 2 + 3);
    assertThat(only(result, "congresswoman").plurals()).isEmpty();
    assertThat(only(result, "husbandmen").code()).isEqualTo("AGR");
    assertThat(only(result, "ministry for defence").code()).isEqualTo("GOVMIL");
    assertThat(only(result, "minister of silly walks").code()).isEqualTo("GOV");
    assertThat(only(result, "firemen").lineNumber()).isEqualTo(7);
  }

  @Test
  void aMissingCodeGivesOneWarningAndTheRestIsRead() throws Exception {
    ReadResult<AgentDictionary> result = read("ISLAMIC_EXTREMIST\nISLAMIST [~MUS]\n");
    assertThat(result.warnings()).singleElement().satisfies(w -> {
      assertThat(w.lineNumber()).isEqualTo(1);
      assertThat(w.message()).contains("without a [code]");
    });
    assertThat(only(result, "islamist").code()).isEqualTo("MUS");
  }

  @Test
  void eachMalformedLineGivesOneWarningWithItsLineNumber() throws Exception {
    ReadResult<AgentDictionary> result =
        read(
            """
            DEPARMENT_OF_ENVIRONMENT [~ENV}
            GOOD_ONE [~A]
            BAD_FRAGMENT [ENV]
            TRAILING [~B] extra
            BRACE {OPEN [~C]
            !MINIST! FOR_TERRITORIAL_AD!MINIST!RATION [~GOV]
            !UNDEFINED! OFFICE [~GOV]
            HALF!MARKER [~GOV]
            [~GOV]
            !BROKEN = A, B
            !EMPTY! = ,
            LAST_ONE [~Z]
            """);
    assertThat(result.warnings())
        .extracting(DictionaryWarning::lineNumber)
        .containsExactly(1, 3, 4, 5, 6, 7, 8, 9, 10, 11);
    assertThat(result.dictionary().entries())
        .extracting(AgentEntry::phrase)
        .containsExactly("good one", "last one");
  }

  @Test
  void randomGarbageNeverThrows() throws Exception {
    Random random = new Random(31_337L);
    for (int round = 0; round < 200; round++) {
      String text = GarbageLines.text(random, 50);
      int lines = GarbageLines.lineCount(text);
      assertThat(read(text).warnings())
          .allSatisfy(w -> assertThat(w.lineNumber()).isBetween(1, lines));
    }
  }

  @Test
  void mutatedValidLinesNeverThrow() throws Exception {
    String valid =
        "!PERSON! = MAN, MEN\nCATTLE!PERSON! [~AGR]\nTHIEF {THIEVES} [~CRM]\nPOLICE {} [ ~COP]\n"
            + "TRUCE_MONITOR [IGO~]\n";
    Random random = new Random(5L);
    for (int round = 0; round < 2_000; round++) {
      read(GarbageLines.mutate(random, valid, 1 + random.nextInt(6)));
    }
  }
}
