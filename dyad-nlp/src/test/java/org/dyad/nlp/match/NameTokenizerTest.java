package org.dyad.nlp.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NameTokenizerTest {

  @Test
  void splitsHyphensKeepsInnerApostrophesAndAcronyms() {
    String text = "The U.S. said al-Qa'ida's leaders met Iran's envoy.";
    List<Token> tokens = NameTokenizer.tokens(text);
    assertThat(tokens).extracting(Token::key)
        .containsExactly("the", "us", "said", "al", "qaida", "leaders", "met", "iran", "envoy");
    for (Token token : tokens) {
      assertThat(text.substring(token.start(), token.end())).isEqualTo(token.text());
    }
    assertThat(tokens.get(1).text()).isEqualTo("U.S.");
    assertThat(tokens.get(4).text()).isEqualTo("Qa'ida's");
  }

  @Test
  void quotesAroundWordsAreNotPartOfThem() {
    assertThat(NameTokenizer.tokens("'Taliban' and 'Hamas'")).extracting(Token::text)
        .containsExactly("Taliban", "and", "Hamas");
    assertThat(NameTokenizer.tokens("Mr. Khan arrived.")).extracting(Token::text).containsExactly("Mr", "Khan", "arrived");
  }

  @Test
  void arabicScriptAndDiacriticsAreWords() {
    assertThat(NameTokenizer.tokens("القاعدة في إيران")).hasSize(3);
    assertThat(NameTokenizer.tokens("Tehrān")).extracting(Token::key).containsExactly("tehran");
  }

  @Test
  void randomTextNeverBreaksAndSpansAreValid() {
    Random random = new Random(7);
    String alphabet = "aZ9 .-'’_\"()ïāالق\n\t";
    for (int round = 0; round < 2000; round++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(40); i > 0; i--) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      int previousEnd = 0;
      for (Token token : NameTokenizer.tokens(text.toString())) {
        assertThat(token.start()).isGreaterThanOrEqualTo(previousEnd);
        assertThat(token.end()).isLessThanOrEqualTo(text.length());
        assertThat(token.key()).isNotEmpty();
        previousEnd = token.end();
      }
    }
  }
}
