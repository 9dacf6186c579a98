package org.dyad.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

class FoldingFilterTest {

  private static List<String> terms(Analyzer analyzer, String text) throws IOException {
    List<String> terms = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream("f", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        terms.add(term.toString());
      }
      stream.end();
    }
    return terms;
  }

  private static Analyzer with(boolean fast) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String field) {
        Tokenizer source = new WhitespaceTokenizer();
        return new TokenStreamComponents(source, fast ? new FoldingFilter(source) : new ICUFoldingFilter(source));
      }
    };
  }

  @Test
  void foldsCaseDiacriticsAndCompatibilityForms() throws IOException {
    assertThat(terms(with(true), "TEHRAN Qaïda Ｉｒａｎ ﬁnal Zürich al-Qa'ida"))
        .containsExactly("tehran", "qaida", "iran", "final", "zurich", "al-qa'ida");
  }

  @Test
  void agreesWithIcuFoldingOnAsciiAndBeyond() throws IOException {
    Random random = new Random(20261129);
    String alphabet = "aAzZ09'-_.Qq"
        + "éÉüÜñÑçÇøØåÅ" // Latin with diacritics
        + "ابتثجحخدذرزسشصضطظعغفقكلمنهوي" // Arabic
        + "پچژگکی" // Persian letters
        + "ＡＢａｂ１２ﬁﬂ"; // full-width and ligatures
    StringBuilder text = new StringBuilder();
    for (int token = 0; token < 5000; token++) {
      int length = 1 + random.nextInt(12);
      for (int i = 0; i < length; i++) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      text.append(' ');
    }
    assertThat(terms(with(true), text.toString())).isEqualTo(terms(with(false), text.toString()));
  }
}
