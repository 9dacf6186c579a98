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

class OfficeReaderTest {

  @TempDir Path dir;

  private static ReadResult<OfficeHolders> read(String text) throws Exception {
    return new OfficeReader().read(new StringReader(text), "test.offices");
  }

  private static List<Integer> warningLines(ReadResult<?> result) {
    return result.warnings().stream().map(DictionaryWarning::lineNumber).toList();
  }

  @Test
  void readsATermWithItsFourFields() throws Exception {
    ReadResult<OfficeHolders> result =
        read("# Iran\n\nIRN PRESIDENT 19970803-20050803 MOHAMMAD_KHATAMI_   # reformist\n");
    assertThat(result.warnings()).isEmpty();
    OfficeTerm khatami = result.dictionary().terms().getFirst();
    assertThat(khatami.span())
        .isEqualTo(new CodeSpan("IRN", LocalDate.of(1997, 8, 3), LocalDate.of(2005, 8, 3)));
    assertThat(khatami.office()).isEqualTo("president");
    assertThat(khatami.holder()).isEqualTo("mohammad khatami");
    assertThat(khatami.sourceFile()).isEqualTo("test.offices");
    assertThat(khatami.lineNumber()).isEqualTo(3);
  }

  @Test
  void readsAnIncumbentAndNormalisesItsPhrases() throws Exception {
    ReadResult<OfficeHolders> result =
        read(
            "irn\tSupreme_Leader  >19890604\tAli Khamenei\n"
                + "GBR PRIME_MINISTER >20240705 SIR KEIR_STARMER_\n");
    assertThat(result.warnings()).isEmpty();
    OfficeTerm khamenei = result.dictionary().terms().getFirst();
    assertThat(khamenei.countryCode()).isEqualTo("IRN");
    assertThat(khamenei.office()).isEqualTo("supreme leader");
    assertThat(khamenei.from()).isEqualTo(LocalDate.of(1989, 6, 4));
    assertThat(khamenei.to()).isNull();
    assertThat(khamenei.holder()).isEqualTo("ali khamenei");
    assertThat(result.dictionary().terms().get(1).holder()).isEqualTo("sir keir starmer");
  }

  @Test
  void warnsAboutEachMalformedLineWithItsNumberAndKeepsTheRest() throws Exception {
    ReadResult<OfficeHolders> result =
        read(
            """
            IRN PRESIDENT 19970803-20050803 MOHAMMAD_KHATAMI_
            IRN PRESIDENT 20050803-20130803
            I-R PRESIDENT 20050803-20130803 MAHMOUD_AHMADINEJAD_
            IRN PRESIDENT 050803-130803 MAHMOUD_AHMADINEJAD_
            IRN PRESIDENT 20130803 HASSAN_ROUHANI_
            IRN PRESIDENT 20210803-20210231 EBRAHIM_RAISI_
            IRN PRESIDENT 20240519-20210803 EBRAHIM_RAISI_
            IRN PRESIDENT >2024072 MASOUD_PEZESHKIAN_
            IRN ___ >20240728 MASOUD_PEZESHKIAN_
            IRN PRESIDENT >20240728 ___
            IRN PRESIDENT >20240728 MASOUD_PEZESHKIAN_ [IRNGOV]
            IRN PRESIDENT 2013O803-20210803 HASSAN_ROUHANI_
            IRN PRESIDENT >20240728 MASOUD_PEZESHKIAN_
            """);
    assertThat(warningLines(result)).containsExactly(2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
    assertThat(result.warnings())
        .allSatisfy(
            warning -> {
              assertThat(warning.file()).isEqualTo("test.offices");
              assertThat(warning.message()).endsWith("; skipped");
            });
    assertThat(result.warnings().getFirst().message()).contains("3 fields");
    assertThat(result.warnings().get(2).message()).contains("eight digits");
    assertThat(result.warnings().get(4).message()).contains("not a calendar day");
    assertThat(result.warnings().get(5).message()).contains("ends before it starts");
    assertThat(result.dictionary().terms())
        .extracting(OfficeTerm::lineNumber)
        .containsExactly(1, 13);
  }

  @Test
  void readsAFileByItsName() throws Exception {
    Path file = dir.resolve("offices.txt");
    Files.writeString(file, "USA PRESIDENT >20250120 DONALD_TRUMP_\n", StandardCharsets.UTF_8);
    ReadResult<OfficeHolders> result = new OfficeReader().read(file);
    assertThat(result.warnings()).isEmpty();
    assertThat(result.dictionary().terms().getFirst().sourceFile()).isEqualTo("offices.txt");
  }

  @Test
  void randomGarbageNeverThrows() throws Exception {
    Random random = new Random(20010601);
    String valid = "IRN PRESIDENT 19970803-20050803 MOHAMMAD_KHATAMI_ # x\n";
    for (int i = 0; i < 300; i++) {
      String text =
          i % 2 == 0
              ? GarbageLines.text(random, 50)
              : GarbageLines.mutate(random, valid.repeat(5), 1 + random.nextInt(6));
      ReadResult<OfficeHolders> result = read(text);
      int lines = GarbageLines.lineCount(text);
      assertThat(result.warnings())
          .allSatisfy(warning -> assertThat(warning.lineNumber()).isBetween(1, lines));
      assertThat(result.dictionary().terms())
          .allSatisfy(term -> assertThat(term.lineNumber()).isBetween(1, lines));
    }
  }
}
