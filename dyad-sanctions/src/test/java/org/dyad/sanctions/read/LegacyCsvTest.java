package org.dyad.sanctions.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.generators.SourceDSL;

class LegacyCsvTest {

  @Test
  void quotedFieldsNullsAndTheEndOfFileByte() {
    String text = "12841,\"KHALIL, Ezedin\",\"individual\",-0- ,\"a \"\"quoted\"\" word\"\r\n"
        + "4695,\"HAMAS\",-0- ,-0- ,-0- \r\n\u001A";
    LegacyCsv.Rows rows = LegacyCsv.split(text);
    assertThat(rows.malformed()).isEmpty();
    assertThat(rows.rows()).hasSize(2);
    assertThat(rows.rows().get(0).fields()).containsExactly("12841", "KHALIL, Ezedin", "individual", null, "a \"quoted\" word");
    assertThat(rows.rows().get(1).fields()).containsExactly("4695", "HAMAS", null, null, null);
    assertThat(rows.rows().get(1).line()).isEqualTo(2);
  }

  @Test
  void aBrokenRecordIsReportedWithItsLineAndTheNextIsStillRead() {
    String text = "1,\"A\"x,\"B\"\r\n2,\"never closed\r\n";
    LegacyCsv.Rows broken = LegacyCsv.split("1,\"A\"x,\"B\"\r\n3,\"C\"\r\n");
    assertThat(broken.malformed()).containsExactly("1\tunexpected 'x' after field 2");
    assertThat(broken.rows()).extracting(LegacyCsv.Row::line).containsExactly(2L);
    assertThat(LegacyCsv.split(text).malformed()).anyMatch(m -> m.startsWith("2\t") && m.contains("never closed"));
  }

  @Test
  void bytesThatAreNotUtf8AreReadAsWindows1252() {
    byte[] cp1252 = {'"', 'C', 'A', 'F', (byte) 0xC9, '"'};
    assertThat(LegacyCsv.decode(cp1252)).isEqualTo("\"CAFÉ\"");
    assertThat(LegacyCsv.decode("\"CAFÉ\"".getBytes(StandardCharsets.UTF_8))).isEqualTo("\"CAFÉ\"");
  }

  @Test
  void anyTextSplitsWithoutFailingAndEveryRecordHasAField() {
    QuickTheory.qt().forAll(SourceDSL.strings().basicLatinAlphabet().ofLengthBetween(0, 200)).checkAssert(text -> {
      LegacyCsv.Rows rows = LegacyCsv.split(text);
      assertThat(rows.rows()).allSatisfy(row -> assertThat(row.fields()).isNotEmpty());
      assertThat(rows.rows().size() + rows.malformed().size()).isLessThanOrEqualTo(text.split("\n", -1).length);
    });
  }
}
