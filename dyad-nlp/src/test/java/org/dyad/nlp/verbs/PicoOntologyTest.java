package org.dyad.nlp.verbs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.Random;
import org.dyad.nlp.SharedData;
import org.dyad.nlp.dictionary.DictionaryWarning;
import org.dyad.nlp.dictionary.GarbageLines;
import org.dyad.nlp.dictionary.ReadResult;
import org.dyad.nlp.verbs.PicoOntology.PicoCode;
import org.junit.jupiter.api.Test;

class PicoOntologyTest {

  private static ReadResult<PicoOntology> read(String text) throws Exception {
    return PicoOntology.read("test.pico", new StringReader(text));
  }

  @Test
  void aNegationSubtractsTheNegationTerm() throws Exception {
    PicoOntology pico = read("""
        050:0x0080
        060:0x0070
        110:0x1007f
        121:-0xFFFF+0x0070
        190:0x00A0
        """).dictionary();
    assertThat(pico.negation("110")).contains("050"); // did not clash over: cooperation
    assertThat(pico.negation("060")).contains("121"); // would not provide support: rejects cooperation
    assertThat(pico.negation("121")).isEmpty(); // did not reject: nothing to code
    assertThat(pico.negation("190")).isEmpty(); // did not attack: nothing to code
    assertThat(pico.negation("999")).isEmpty();
  }

  @Test
  void readsEachFormOfValue() throws Exception {
    ReadResult<PicoOntology> result =
        read(
            """
            # PETRARCH Internal Coding Ontology (PICO) -->
            010:0x1000#Make Public Statement
            011:0x1000-0xFFFF
            0211:0x2075
            110:0x1007f#0xFFFF+0x0080#0x7000#Disapprove
            120:-0xFFFF#Reject
            122:-0xFFFF+0x2040+0x300# The 0x300 mask makes these not code
                       # from refuse to request aid but rather
            08:0x0200
            ---:0
            """);
    assertThat(result.warnings()).isEmpty();
    PicoOntology pico = result.dictionary();
    assertThat(pico.codes()).containsOnlyKeys("010", "011", "0211", "110", "120", "122", "08", "---");
    assertThat(pico.pico("010")).contains(new PicoCode(0x1000, false));
    assertThat(pico.pico("011")).contains(new PicoCode(0x1000, true));
    assertThat(pico.pico("011").orElseThrow().value()).isEqualTo(0x1000 - 0xFFFF);
    assertThat(pico.pico("110")).contains(new PicoCode(0x1007F, false));
    assertThat(pico.pico("120")).contains(new PicoCode(0, true));
    assertThat(pico.pico("122")).contains(new PicoCode(0x2340, true));
    assertThat(pico.pico("---")).contains(new PicoCode(0, false));
    assertThat(pico.pico("999")).isEmpty();
  }

  @Test
  void looksUpTheFirstCameoCodeOfAValue() throws Exception {
    PicoOntology pico = read("044:0xB010\n046:0xB010\n121:-0xFFFF+0x0070\n").dictionary();
    assertThat(pico.cameo(0xB010)).contains("044");
    assertThat(pico.cameo(0x0070 - 0xFFFF)).contains("121");
    assertThat(pico.cameo(0x0070)).isEmpty();
  }

  @Test
  void eachMalformedLineGivesOneWarningAndTheFirstOfTwoDefinitionsWins() throws Exception {
    ReadResult<PicoOntology> result =
        read("010:0x1000\n010:0x2000\n0x3000\n1:0x10\n020:\n030:0x30 0x40\n040:0xZZ\n050:0xFFFFFFFFFFFF\n060:0x60");
    assertThat(result.warnings()).extracting(DictionaryWarning::lineNumber).containsExactly(2, 3, 4, 5, 6, 7, 8);
    assertThat(result.warnings().getFirst().message()).contains("already given on line 1");
    assertThat(result.dictionary().codes()).containsOnlyKeys("010", "060");
    assertThat(result.dictionary().pico("010")).contains(new PicoCode(0x1000, false));
  }

  @Test
  void expressionsAddSignedTerms() throws Exception {
    assertThat(PicoOntology.expression(" 0x10 + 16 - 0x2 ")).isEqualTo(new PicoCode(30, false));
    assertThat(PicoOntology.expression("-0xFFFF-0xFFFF")).isEqualTo(new PicoCode(-0xFFFF, true));
    assertThatThrownBy(() -> PicoOntology.expression("0x10 +")).hasMessageContaining("cannot read");
    assertThatThrownBy(() -> PicoOntology.expression("")).hasMessageContaining("cannot read");
  }

  @Test
  void randomGarbageNeverThrows() throws Exception {
    Random random = new Random(0x1000L);
    for (int round = 0; round < 300; round++) {
      String text = GarbageLines.text(random, 40);
      int lines = GarbageLines.lineCount(text);
      assertThat(read(text).warnings()).allSatisfy(w -> assertThat(w.lineNumber()).isBetween(1, Math.max(1, lines)));
    }
  }

  @Test
  void readsBothPublishedOntologiesAlike() throws Exception {
    Path eventCoding = SharedData.requireEventCoding();
    ReadResult<PicoOntology> validation =
        PicoOntology.read(eventCoding.resolve("PETR_Validate_Internal_Coding_Ontology_1_01.txt"));
    // The older file is the same text with CRLF line ends.
    ReadResult<PicoOntology> older = PicoOntology.read(eventCoding.resolve("PETR.Internal.Coding.Ontology.txt"));
    assertThat(validation.warnings()).isEmpty();
    assertThat(older.warnings()).isEmpty();
    // grep -c '^[0-9-]*:' counts 266 code lines.
    assertThat(validation.dictionary().codes()).hasSize(266).isEqualTo(older.dictionary().codes());
    PicoOntology pico = validation.dictionary();
    assertThat(pico.pico("0211")).contains(new PicoCode(0x2075, false));
    assertThat(pico.pico("016")).contains(new PicoCode(0x10A0, true));
    assertThat(pico.pico("1246")).contains(new PicoCode(0x02C0, true));
    assertThat(pico.pico("170")).contains(new PicoCode(0x10086, false));
    assertThat(pico.codes().values()).filteredOn(PicoCode::negated).hasSize(28);
    assertThat(pico.cameo(0x0200)).contains("080");
    assertThat(pico.cameo(0x020C)).contains("082");
    assertThat(pico.cameo(0)).contains("---");
  }
}
