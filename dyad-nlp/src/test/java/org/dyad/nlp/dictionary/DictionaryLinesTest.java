package org.dyad.nlp.dictionary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DictionaryLinesTest {

  @TempDir Path dir;

  private final List<DictionaryWarning> warnings = new ArrayList<>();

  private List<DictionaryLine> split(String text) {
    return DictionaryLines.split(text, "t", warnings);
  }

  @Test
  void dropsBlankLinesAndHashCommentsAndKeepsLineNumbers() {
    List<DictionaryLine> lines =
        split("# header\n\n   \nHEZBOLLAH_ [LBNREB] #  kkl 21 Mar 13\n\t[IRNELI]#note\n");
    assertThat(lines)
        .containsExactly(
            new DictionaryLine(4, "HEZBOLLAH_ [LBNREB]", "kkl 21 Mar 13"),
            new DictionaryLine(5, "[IRNELI]", "note"));
    assertThat(warnings).isEmpty();
  }

  @Test
  void skipsOneLineAndMultiLineMarkupComments() {
    List<DictionaryLine> lines =
        split(
            "<!-- VERSION: 0.9 -->\n<!-- \n# note\nNOT_AN_ACTOR\n# -->\n"
                + "<! -- NEW ACTORS -->\nGONDOR [GON]\n");
    assertThat(lines).containsExactly(new DictionaryLine(7, "GONDOR [GON]", ""));
    assertThat(warnings).isEmpty();
  }

  @Test
  void anUnclosedMarkupCommentSkipsOnlyItsOwnLine() {
    List<DictionaryLine> lines = split("<!-- forgot to close\nGONDOR [GON]\nROHAN [ROH]\n");
    assertThat(lines).extracting(DictionaryLine::number).containsExactly(2, 3);
    assertThat(warnings).singleElement().satisfies(w -> {
      assertThat(w.lineNumber()).isEqualTo(1);
      assertThat(w.message()).contains("never closed");
    });
  }

  @Test
  void removesControlCharactersWithAWarning() {
    List<DictionaryLine> lines = split("A\nLIAMINE_Z\u001AROUAL_  # CountryInfo.txt\n");
    assertThat(lines.get(1).content()).isEqualTo("LIAMINE_ZROUAL_");
    assertThat(warnings).singleElement().satisfies(w -> {
      assertThat(w.lineNumber()).isEqualTo(2);
      assertThat(w.message()).contains("U+001A");
    });
  }

  @Test
  void acceptsEveryLineEndAndDropsAByteOrderMark() {
    List<DictionaryLine> lines = split("\uFEFFA [X]\r\nB [Y]\rC [Z]\n");
    assertThat(lines)
        .extracting(DictionaryLine::content)
        .containsExactly("A [X]", "B [Y]", "C [Z]");
    assertThat(lines).extracting(DictionaryLine::number).containsExactly(1, 2, 3);
  }

  @Test
  void readsUtf8Files() throws Exception {
    Path file = dir.resolve("utf8.txt");
    Files.writeString(file, "+ERDOĞAN\n", StandardCharsets.UTF_8);
    assertThat(DictionaryLines.read(file, warnings)).singleElement()
        .extracting(DictionaryLine::content).isEqualTo("+ERDOĞAN");
    assertThat(warnings).isEmpty();
  }

  @Test
  void fallsBackToLatin1AndNamesTheFirstBadLine() throws Exception {
    Path file = dir.resolve("latin1.txt");
    Files.write(file, "A [X]\nB [Y]\n+W\u00d6RNER\n".getBytes(StandardCharsets.ISO_8859_1));
    List<DictionaryLine> lines = DictionaryLines.read(file, warnings);
    assertThat(lines.get(2).content()).isEqualTo("+W\u00d6RNER");
    assertThat(warnings).singleElement().satisfies(w -> {
      assertThat(w.file()).isEqualTo("latin1.txt");
      assertThat(w.lineNumber()).isEqualTo(3);
      assertThat(w.message()).contains("ISO-8859-1");
    });
  }

  @Test
  void readsFromAReader() throws Exception {
    assertThat(DictionaryLines.read(new StringReader("X [Y]"), "r", warnings))
        .containsExactly(new DictionaryLine(1, "X [Y]", ""));
  }
}
