package org.dyad.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.api.Test;

class ApostropheCharFilterTest {

  @Test
  void everyApostropheLikeCharacterBecomesAnApostrophe() throws IOException {
    String text = "Qa\u2019ida Qa\u2018ida Qa\u02BCida Qa\u02BBida Qa\u02BFida Qa\u02BEida Qa`ida Qa\u00B4ida";
    assertThat(filtered(text)).isEqualTo("Qa'ida ".repeat(8).strip());
  }

  @Test
  void otherCharactersAndTheLengthAreUnchanged() {
    qt().withExamples(300).forAll(strings().allPossible().ofLengthBetween(0, 200)).checkAssert(text -> {
      String filtered = filtered(text);
      assertThat(filtered).hasSameSizeAs(text);
      for (int i = 0; i < text.length(); i++) {
        char expected = ApostropheCharFilter.isApostrophe(text.charAt(i)) ? '\'' : text.charAt(i);
        assertThat(filtered.charAt(i)).isEqualTo(expected);
      }
    });
  }

  @Test
  void tokenOffsetsPointAtTheOriginalSpelling() throws IOException {
    String text = "fighters of al-Qa`ida and Usama";
    List<String> spans = new ArrayList<>();
    try (TokenStream tokens = new DyadAnalyzer().tokenStream("text", text)) {
      CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
      tokens.reset();
      while (tokens.incrementToken()) {
        spans.add(term + "=" + text.substring(offset.startOffset(), offset.endOffset()));
      }
      tokens.end();
    }
    assertThat(spans).contains("qaida=Qa`ida", "al=al");
  }

  private static String filtered(String text) {
    StringBuilder out = new StringBuilder();
    char[] buffer = new char[7];
    try (Reader reader = new ApostropheCharFilter(new StringReader(text))) {
      for (int read = reader.read(buffer, 0, buffer.length); read > 0; read = reader.read(buffer, 0, buffer.length)) {
        out.append(buffer, 0, read);
      }
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return out.toString();
  }
}
