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
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

class TransliterationFilterTest {

  /** One token as {@code term[start,end)+increment}, with {@code *} when marked keyword. */
  private static List<String> tokens(String text, boolean splitArticle) throws IOException {
    Tokenizer tokenizer = new WhitespaceTokenizer();
    tokenizer.setReader(new StringReader(text));
    List<String> tokens = new ArrayList<>();
    try (TokenStream stream = new TransliterationFilter(tokenizer, splitArticle)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute position = stream.addAttribute(PositionIncrementAttribute.class);
      KeywordAttribute keyword = stream.addAttribute(KeywordAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        tokens.add(
            term
                + "["
                + offset.startOffset()
                + ","
                + offset.endOffset()
                + ")+"
                + position.getPositionIncrement()
                + (keyword.isKeyword() ? "*" : ""));
      }
      stream.end();
    }
    return tokens;
  }

  @Test
  void replacesVariantByCanonicalKeyInPlace() throws IOException {
    assertThat(tokens("osama bin laden", true))
        .containsExactly("usama[0,5)+1*", "bin[6,9)+1", "ladin[10,15)+1*");
  }

  @Test
  void splitsGluedArticleOffKnownNames() throws IOException {
    assertThat(tokens("the alqaeda cell", true))
        .containsExactly("the[0,3)+1", "al[4,6)+1", "qaida[6,11)+1*", "cell[12,16)+1");
  }

  @Test
  void keepsGluedArticleWhenNormalising() throws IOException {
    assertThat(tokens("alqaeda", false)).containsExactly("alqaeda[0,7)+1");
  }

  @Test
  void leavesOtherWordsAlone() throws IOException {
    assertThat(tokens("alarm allied", true)).containsExactly("alarm[0,5)+1", "allied[6,12)+1");
  }

  @Test
  void canBeReusedAfterReset() throws IOException {
    assertThat(tokens("alqaeda", true)).hasSize(2);
    assertThat(tokens("hezbollah", true)).containsExactly("hizbullah[0,9)+1*");
  }
}
