package org.dyad.nlp.verbs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.dyad.nlp.dictionary.DictionaryWarning;
import org.dyad.nlp.dictionary.GarbageLines;
import org.dyad.nlp.dictionary.ReadResult;
import org.dyad.nlp.verbs.PatternElement.PrepositionalPhrase;
import org.dyad.nlp.verbs.PatternElement.SynsetRef;
import org.dyad.nlp.verbs.PatternElement.Word;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PetrarchVerbReaderTest {

  private static ReadResult<VerbDictionary> read(String text) throws Exception {
    return PetrarchVerbReader.read("test.verbs", new StringReader(text));
  }

  private static List<Integer> warningLines(ReadResult<?> result) {
    return result.warnings().stream().map(DictionaryWarning::lineNumber).toList();
  }

  private static final String SMALL =
      """
      ####### SYNONYM SETS #######
      &CURRENCY   # money
      # some of these are probably already plural
      +DOLLAR
      +AUSTRIAN FLORIN
      +CASH_

      &AUXVERB1_
      +WAS
      +IS_TO

      &ACCORDSYN
      +&TIETYPES
      +(TO THE END)

      ####### VERB PATTERNS #######
      ---  AGREE   [050]  ---
      AGREE
      +GO_BY {+WENT_BY +GOES_BY +GONE_BY }
      - * (TO SANCTIONS)   [163]   # AGREE
      - % *  [050:050]
      * (TO QUESTION) [110]

      --- DEFY [120] ---
      DEFY {DEFYING DEFIED DEFIES } [---]
      - * &CURRENCY [:173]

      &TIETYPES
      +MILITARY

      ######## TRANSFORMATIONS ##########
      ~ a (a b DEFY) AGREE = a b 015
      #~ a (a b WILL_DEFY) AGREE = a b 138
      """;

  @Test
  void readsSynsetsBlocksAndTransformations() throws Exception {
    ReadResult<VerbDictionary> result = read(SMALL);
    assertThat(result.warnings())
        .singleElement()
        .satisfies(w -> {
          assertThat(w.lineNumber()).isEqualTo(22);
          assertThat(w.message()).contains("without its leading '-'");
        });
    VerbDictionary dictionary = result.dictionary();
    assertThat(dictionary.synsets()).containsOnlyKeys("CURRENCY", "AUXVERB1", "ACCORDSYN", "TIETYPES");
    assertThat(dictionary.synset("CURRENCY"))
        .containsExactly(
            List.of(new Word("DOLLAR", false)),
            List.of(new Word("AUSTRIAN FLORIN", false)),
            List.of(new Word("CASH", true)));
    assertThat(dictionary.synset("AUXVERB1"))
        .containsExactly(List.of(new Word("WAS", true)), List.of(new Word("IS TO", true)));
    assertThat(dictionary.synset("ACCORDSYN"))
        .containsExactly(
            List.of(new SynsetRef("TIETYPES")),
            List.of(new PrepositionalPhrase("TO", List.of(new Word("THE", false), new Word("END", false)))));

    assertThat(dictionary.blocks()).extracting(VerbBlock::name).containsExactly("AGREE", "DEFY");
    VerbBlock agree = dictionary.blocks().getFirst();
    assertThat(agree.codes()).isEqualTo(EventCodes.of("050"));
    assertThat(agree.line()).isEqualTo(17);
    assertThat(agree.verbs()).extracting(VerbEntry::base).containsExactly("AGREE", "GO");
    assertThat(agree.patterns())
        .extracting(VerbPattern::text)
        .containsExactly("* (TO SANCTIONS)", "% *", "* (TO QUESTION)");
    assertThat(agree.patterns()).extracting(VerbPattern::line).containsExactly(20, 21, 22);
    assertThat(agree.patterns().get(1).codes()).isEqualTo(new EventCodes("050", "050"));
    VerbBlock defy = dictionary.blocks().get(1);
    assertThat(defy.verbs().getFirst().codes()).isEqualTo(EventCodes.NONE);
    assertThat(defy.patterns().getFirst().codes()).isEqualTo(new EventCodes(null, "173"));
    assertThat(dictionary.blocksOf("GO")).containsExactly(agree);

    assertThat(dictionary.transformations())
        .containsExactly(new Transformation("a", "a", "b", "DEFY", "AGREE", "a", "b", "015", 32));
  }

  @Test
  void aBlankLineEndsASynsetButACommentLineDoesNot() throws Exception {
    ReadResult<VerbDictionary> result = read("&A\n+X\n# note\n+Y\n\n+Z\n--- B [010] ---\nB\n");
    assertThat(result.dictionary().synset("A")).hasSize(2);
    assertThat(warningLines(result)).containsExactly(6);
    assertThat(result.warnings().getFirst().message()).contains("outside any verb block");
  }

  @Test
  void aSynsetDefinedTwiceIsMergedWithAWarning() throws Exception {
    ReadResult<VerbDictionary> result = read("&PREPOSIT1_\n+IN\n\n&PREPOSIT1\n+AT\n");
    assertThat(result.dictionary().synset("PREPOSIT1")).hasSize(2);
    assertThat(result.warnings()).singleElement().satisfies(w -> {
      assertThat(w.lineNumber()).isEqualTo(4);
      assertThat(w.message()).contains("already defined on line 1");
    });
  }

  @Test
  void aSynsetClosesTheBlockBeforeIt() throws Exception {
    ReadResult<VerbDictionary> result =
        read("--- A [010] ---\nA\n&S\n+X\n\n- * &S [020]\nB\n--- C [030] ---\nC\n- * &S [040]\n");
    assertThat(result.dictionary().blocks()).extracting(b -> b.patterns().size()).containsExactly(0, 1);
    assertThat(warningLines(result)).containsExactly(6, 7);
  }

  @Test
  void warnsAboutUndefinedSynsetsAndUnknownTransformationVerbsButKeepsThem() throws Exception {
    ReadResult<VerbDictionary> result =
        read("--- A [010] ---\nA\n- * &LATER [1]\n- * (IN &NEVER) [2]\n&LATER\n+X\n~ a (a b A) SAY = a b 1\n");
    assertThat(result.dictionary().blocks().getFirst().patterns()).hasSize(2);
    assertThat(result.dictionary().transformations()).hasSize(1);
    assertThat(result.warnings())
        .extracting(DictionaryWarning::toString)
        .containsExactly(
            "test.verbs:4: synset &NEVER is not defined in the file; it can never match",
            "test.verbs:7: transformation verb SAY is not a verb of any block");
  }

  @Test
  void readsTheHeaderVariants() throws Exception {
    ReadResult<VerbDictionary> result =
        read("---  X   [110]---  ---\nX\n--- Y ---\nY\n--- Z [120]  [031:031]  ---\nZ\n--- W [1 2] ---\nW\n");
    assertThat(result.dictionary().blocks())
        .extracting(VerbBlock::codes)
        .containsExactly(EventCodes.of("110"), EventCodes.NONE, EventCodes.of("120"), EventCodes.NONE);
    assertThat(warningLines(result)).containsExactly(5, 7);
  }

  @Test
  void eachMalformedLineGivesOneWarningAndIsSkipped() throws Exception {
    String text =
        """
        - * X [010]
        --- A [010] ---
        A
        - X Y [010]
        - * (WITH VISIT) VISIT)[042:043]
        - * {PEACE PLAN [042]
        - * X
        - * X []
        ~ a b = c
        ~ a (b (c d X) Y) Z = a b 1
        LASH OUT
        {BROKEN
        ---  [010] ---
        B
        - * Y [020]
        &BAD NAME
        +MEMBER
        &EMPTY
        &OK
        +$
        --- C [030] ---
        C
        """;
    ReadResult<VerbDictionary> result = read(text);
    assertThat(warningLines(result)).containsExactly(1, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 16, 18, 20);
    assertThat(result.dictionary().blocks()).extracting(VerbBlock::name).containsExactly("A", "C");
    assertThat(result.dictionary().blocks().getFirst().patterns()).isEmpty();
    assertThat(result.dictionary().blocks().getFirst().verbs()).extracting(VerbEntry::base).containsExactly("A");
    assertThat(result.dictionary().transformations()).isEmpty();
    assertThat(result.dictionary().synsets()).containsOnlyKeys("EMPTY", "OK");
  }

  @Test
  void aBlockWithoutVerbsIsKeptWithAWarning() throws Exception {
    ReadResult<VerbDictionary> result = read("--- A [010] ---\n- * X [011]\n--- B [020] ---\nB\n");
    assertThat(result.dictionary().blocks()).hasSize(2);
    assertThat(result.warnings()).singleElement().satisfies(w -> {
      assertThat(w.lineNumber()).isEqualTo(1);
      assertThat(w.message()).contains("no verbs");
    });
  }

  @Test
  void invalidUtf8IsReadWithOneWarning(@TempDir Path folder) throws Exception {
    Path file = folder.resolve("latin1.verbs");
    byte[] head = "--- A [010] ---\nA\n- * CAF".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    byte[] tail = " [011]\n- * \u00ff\u00fe [012]\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    byte[] bytes = new byte[head.length + 1 + tail.length];
    System.arraycopy(head, 0, bytes, 0, head.length);
    bytes[head.length] = (byte) 0xE9; // é in ISO-8859-1, a broken sequence in UTF-8
    System.arraycopy(tail, 0, bytes, head.length + 1, tail.length);
    Files.write(file, bytes);
    ReadResult<VerbDictionary> result = PetrarchVerbReader.read(file);
    assertThat(result.warnings()).singleElement().satisfies(w -> {
      assertThat(w.file()).isEqualTo("latin1.verbs");
      assertThat(w.lineNumber()).isEqualTo(3);
      assertThat(w.message()).contains("UTF-8");
    });
    assertThat(result.dictionary().blocks().getFirst().patterns()).hasSize(2);
  }

  @Test
  void randomGarbageNeverThrowsAndEveryWarningNamesALineOfTheInput() throws Exception {
    Random random = new Random(2_0250L);
    for (int round = 0; round < 300; round++) {
      String text = GarbageLines.text(random, 60);
      int lines = GarbageLines.lineCount(text);
      ReadResult<VerbDictionary> result = read(text);
      assertThat(result.warnings())
          .allSatisfy(w -> {
            assertThat(w.file()).isEqualTo("test.verbs");
            assertThat(w.lineNumber()).isBetween(1, Math.max(1, lines));
          });
    }
  }

  @Test
  void mutatedValidDictionariesNeverThrow() throws Exception {
    Random random = new Random(17L);
    for (int round = 0; round < 3_000; round++) {
      String text = GarbageLines.mutate(random, SMALL, 1 + random.nextInt(8));
      int lines = GarbageLines.lineCount(text);
      ReadResult<VerbDictionary> result = read(text);
      assertThat(result.warnings()).allSatisfy(w -> assertThat(w.lineNumber()).isBetween(1, lines));
      assertThat(result.dictionary().blocks()).allSatisfy(b -> assertThat(b.name()).isNotBlank());
    }
  }
}
