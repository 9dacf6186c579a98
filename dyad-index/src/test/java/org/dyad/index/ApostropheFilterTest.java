package org.dyad.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

class ApostropheFilterTest {

  private static List<String> terms(String text) throws IOException {
    Tokenizer tokenizer = new WhitespaceTokenizer();
    tokenizer.setReader(new StringReader(text));
    List<String> terms = new ArrayList<>();
    try (TokenStream stream = new ApostropheFilter(tokenizer)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        terms.add(term.toString());
      }
      stream.end();
    }
    return terms;
  }

  @Test
  void removesApostrophesInsideWords() throws IOException {
    assertThat(terms("qa'ida shi'a don't")).containsExactly("qaida", "shia", "dont");
  }

  @Test
  void keepsWordsWithoutApostrophes() throws IOException {
    assertThat(terms("qaida")).containsExactly("qaida");
  }

  @Test
  void neverEmitsAnEmptyTerm() throws IOException {
    assertThat(terms("'' x")).containsExactly("''", "x");
  }
}
