package org.dyad.nlp.dictionary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PetrarchActorReaderTest {

  @TempDir Path dir;

  private static ReadResult<ActorDictionary> read(String text) throws Exception {
    return new PetrarchActorReader().read(new StringReader(text), "test.actors");
  }

  private static ActorEntry only(ReadResult<ActorDictionary> result, String phrase) {
    assertThat(result.dictionary().lookup(phrase)).as(phrase).hasSize(1);
    return result.dictionary().lookup(phrase).getFirst();
  }

  private static List<Integer> warningLines(ReadResult<?> result) {
    return result.warnings().stream().map(DictionaryWarning::lineNumber).toList();
  }

  private static LocalDate day(int year, int month, int dayOfMonth) {
    return LocalDate.of(year, month, dayOfMonth);
  }

  @Test
  void readsACodeOnThePrimaryLine() throws Exception {
    ActorEntry hezbollah = only(read("HEZBOLLAH_ [LBNREB] #  kkl 21 Mar 13\n"), "hezbollah");
    assertThat(hezbollah.codes()).containsExactly(CodeSpan.always("LBNREB"));
    assertThat(hezbollah.comment()).isEqualTo("kkl 21 Mar 13");
    assertThat(hezbollah.sourceFile()).isEqualTo("test.actors");
    assertThat(hezbollah.lineNumber()).isEqualTo(1);
  }

  @Test
  void readsSynonymsAndIndentedDatedCodes() throws Exception {
    ReadResult<ActorDictionary> result =
        read(
            """
            MAHMOUD_AHMADINEJAD_  # CountryInfo.txt
            +PRESIDENT_AHMADINEJAD
            +AHMADINEJAD
            \t[IRNELI 740101-000101]
            \t[IRNGOV 20050803-20130803]
            """);
    ActorEntry entry = only(result, "ahmadinejad");
    assertThat(entry.phrase()).isEqualTo("mahmoud ahmadinejad");
    assertThat(entry.synonyms()).containsExactly("president ahmadinejad", "ahmadinejad");
    assertThat(entry.codesOn(day(2010, 6, 1))).containsExactly("IRNGOV");
    assertThat(entry.codesOn(day(1990, 6, 1))).containsExactly("IRNELI");
    assertThat(entry.codesOn(day(2001, 6, 1))).isEmpty();
    assertThat(result.warnings()).isEmpty();
  }

  @Test
  void readsSeveralCodeBlocksOnOneLine() throws Exception {
    ActorEntry pascoe =
        only(
            read(
                "B._LYNN_PASCOE_\t[USAGOV 981022-010811] [USAGOV 041018-070201]"
                    + "[IGOUNO  >070201]\n"),
            "b. lynn pascoe");
    assertThat(pascoe.codes()).hasSize(3);
    assertThat(pascoe.codeOn(day(2008, 1, 1))).contains("IGOUNO");
  }

  @Test
  void readsTheValidationSuiteForms() throws Exception {
    ReadResult<ActorDictionary> result =
        read(
            """
            HAMAS WING [PSEHMSBRD]
            PALESTINIAN [pse]
            ENT \s
            \t[ENT]

            DENMARK  [DNK]
            +DANISH\s

            GOLLUM  # pas 27 Apr 03
            +SMEAGOL
            \t[HOB < 950601]
            \t[HOBGOV 19950601 - 19990815]
            #\t[950601-990815]  incorrect code block check 09.11.18
            \t[HOBREB > 990816]
            \t
            THE_SHIRE  [FRO/BIL/SAM]
            ISILDUR  [+++]
            PRINCE OF DOL AMROTH \s
            \t[--- <950630]\s
            \t[DOL]
            ZIMBABWE
            \t[RHO <790606]
            \t[ZBW]#jw 9/30/91
            <! -- NEW ACTORS FOR PETRARCH VALIDATION TEST -->
            """);
    assertThat(result.warnings()).isEmpty();
    assertThat(result.dictionary().size()).isEqualTo(9);
    assertThat(only(result, "hamas wing").codes()).containsExactly(CodeSpan.always("PSEHMSBRD"));
    assertThat(only(result, "palestinian").codes()).containsExactly(CodeSpan.always("PSE"));
    assertThat(only(result, "ent").codes()).containsExactly(CodeSpan.always("ENT"));
    assertThat(only(result, "danish").phrase()).isEqualTo("denmark");
    ActorEntry gollum = only(result, "smeagol");
    assertThat(gollum.codeOn(day(1995, 5, 31))).contains("HOB");
    assertThat(gollum.codeOn(day(1995, 6, 1))).contains("HOBGOV");
    assertThat(gollum.codeOn(day(1999, 8, 15))).contains("HOBGOV");
    assertThat(gollum.codeOn(day(1999, 8, 16))).contains("HOBREB");
    assertThat(only(result, "the shire").codes()).containsExactly(CodeSpan.always("FRO/BIL/SAM"));
    assertThat(only(result, "isildur").codes()).containsExactly(CodeSpan.always("+++"));
    assertThat(only(result, "prince of dol amroth").codeOn(day(1995, 1, 1))).contains("---");
    assertThat(only(result, "zimbabwe").codeOn(day(1978, 12, 23))).contains("RHO");
    assertThat(only(result, "zimbabwe").codeOn(day(1980, 1, 1))).contains("ZBW");
  }

  @Test
  void indentationDoesNotMakeAPhraseACodeLine() throws Exception {
    ReadResult<ActorDictionary> result =
        read("LEWIS_PRESTON_\n\tJOHN_MCCLOY_\t[IGOUNODEVWBK 470301-490630]# IGOrulers.txt\n");
    assertThat(only(result, "john mccloy").codes()).hasSize(1);
    assertThat(result.warnings()).singleElement().satisfies(w -> {
      assertThat(w.lineNumber()).isEqualTo(1);
      assertThat(w.message()).contains("lewis preston").contains("no readable code");
    });
  }

  @Test
  void aBadDateGivesOneWarningAndTheRestIsRead() throws Exception {
    ReadResult<ActorDictionary> result =
        read(
            """
            ARMENIA_
            \t[USRARM <900823]
            \t[ARMUNR 9008223-911221]
            \t[ARM >911221]
            GEORGIA_ [GEO]
            """);
    assertThat(result.warnings()).singleElement().satisfies(w -> {
      assertThat(w.lineNumber()).isEqualTo(3);
      assertThat(w.message()).contains("9008223");
    });
    assertThat(only(result, "armenia").codes())
        .extracting(CodeSpan::code)
        .containsExactly("USRARM", "ARM");
    assertThat(only(result, "georgia").codes()).hasSize(1);
  }

  @Test
  void anInvertedRangeGivesOneWarning() throws Exception {
    ReadResult<ActorDictionary> result =
        read("MORSI_\n\t[EGYGOV 20121207-20120802]\n\t[EGYELI]\nNEXT_ [X]\n");
    assertThat(warningLines(result)).containsExactly(2);
    assertThat(result.dictionary().size()).isEqualTo(2);
  }

  @Test
  void strayTextAfterTheCodeGivesOneWarningAndKeepsTheCode() throws Exception {
    ReadResult<ActorDictionary> result =
        read(
            "VODAFONE_\t[MNCGBRMED]\n"
                + "A.H._BELO_CORPORATION_\t[MNCMED]\tNewspapers/Magazines\t$137,000,000\n");
    assertThat(result.warnings()).singleElement().satisfies(w -> {
      assertThat(w.lineNumber()).isEqualTo(2);
      assertThat(w.message()).contains("Newspapers/Magazines");
    });
    assertThat(only(result, "a.h. belo corporation").codes())
        .containsExactly(CodeSpan.always("MNCMED"));
  }

  @Test
  void anUnclosedBracketGivesOneWarning() throws Exception {
    ReadResult<ActorDictionary> result = read("A_ [X\nB_ [Y]\n");
    assertThat(warningLines(result)).containsExactly(1);
    assertThat(result.dictionary().size()).isEqualTo(2);
    assertThat(only(result, "a").codes()).isEmpty();
  }

  @Test
  void linesWithNoBlockAboveThemGiveOneWarningEach() throws Exception {
    ReadResult<ActorDictionary> result = read("+ORPHAN\n\t[ORPHAN]\nREAL_ [R]\n");
    assertThat(warningLines(result)).containsExactly(1, 2);
    assertThat(result.dictionary().size()).isEqualTo(1);
    assertThat(only(result, "real").synonyms()).isEmpty();
  }

  @Test
  void badSynonymLinesGiveOneWarningEach() throws Exception {
    ReadResult<ActorDictionary> result = read("REAL_ [R]\n+WITH_CODE [X]\n+\n+_\n+GOOD\n");
    assertThat(warningLines(result)).containsExactly(2, 3, 4);
    assertThat(only(result, "real").synonyms()).containsExactly("good");
  }

  @Test
  void aBlockWithoutAnyCodeIsKeptWithOneWarning() throws Exception {
    ReadResult<ActorDictionary> result =
        read("LEONID_BREZHNEV_\nLEONID_ILYICH_BREZHNEV\n\t[RUSGOV 641014-821110]\n");
    assertThat(warningLines(result)).containsExactly(1);
    assertThat(only(result, "leonid brezhnev").codes()).isEmpty();
    assertThat(only(result, "leonid ilyich brezhnev").codes()).hasSize(1);
  }

  @Test
  void warningsComeInLineOrder() throws Exception {
    ReadResult<ActorDictionary> result = read("A_\nB_\n\t[B 9001]\nC_\u001A [C]\n");
    assertThat(warningLines(result)).containsExactly(1, 3, 4);
  }

  @Test
  void readsFilesAndFallsBackToLatin1() throws Exception {
    Path file = dir.resolve("old.actors.txt");
    String line = "MANFRED_W\u00d6RNER_\t[IGOWSTNAT 880701-940813]\n";
    Files.write(file, line.getBytes(StandardCharsets.ISO_8859_1));
    ReadResult<ActorDictionary> result = new PetrarchActorReader().read(file);
    assertThat(only(result, "manfred w\u00f6rner_").sourceFile()).isEqualTo("old.actors.txt");
    assertThat(result.warnings()).singleElement().extracting(DictionaryWarning::message)
        .asString().contains("ISO-8859-1");
  }

  @Test
  void randomGarbageNeverThrows() throws Exception {
    Random random = new Random(7_2024L);
    for (int round = 0; round < 200; round++) {
      String text = GarbageLines.text(random, 50);
      ReadResult<ActorDictionary> result = read(text);
      int lines = GarbageLines.lineCount(text);
      assertThat(result.warnings()).allSatisfy(w -> assertThat(w.lineNumber()).isBetween(1, lines));
    }
  }

  @Test
  void mutatedValidBlocksNeverThrow() throws Exception {
    String valid =
        "GOLLUM  # pas\n+SMEAGOL\n\t[HOB < 950601]\n\t[HOBGOV 19950601 - 19990815]\n"
            + "B._LYNN_PASCOE_\t[USAGOV 981022-010811] [IGOUNO  >070201]\n<!-- c -->\nX_ [Y]\n";
    Random random = new Random(11L);
    for (int round = 0; round < 2_000; round++) {
      String text = GarbageLines.mutate(random, valid, 1 + random.nextInt(6));
      ReadResult<ActorDictionary> result = read(text);
      assertThat(result.dictionary().entries())
          .allSatisfy(e -> assertThat(e.phrase()).isNotEmpty());
    }
  }
}
