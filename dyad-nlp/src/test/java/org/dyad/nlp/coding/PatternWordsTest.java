package org.dyad.nlp.coding;

import static org.assertj.core.api.Assertions.assertThat;

import org.dyad.nlp.verbs.PatternElement.Word;
import org.junit.jupiter.api.Test;

class PatternWordsTest {

  @Test
  void splitsAWordIntoOneWordPerToken() {
    assertThat(PatternWords.of(new Word("ARMED FORCES", false))).containsExactly("ARMED", "FORCES");
    assertThat(PatternWords.of(new Word("SANCTIONS", false))).containsExactly("SANCTIONS");
  }

  @Test
  void marksTheWordsOfAnExactWord() {
    assertThat(PatternWords.of(new Word("DIFFERENCE OF OPINION", true)))
        .containsExactly("DIFFERENCE_", "OF_", "OPINION_");
  }

  @Test
  void remembersAWordAndGivesTheSameWordsAgain() {
    Word word = new Word("AIR  STRIKE", false);
    assertThat(PatternWords.of(word)).containsExactly("AIR", "STRIKE").isSameAs(PatternWords.of(word));
  }

  @Test
  void splitsAsStringSplitDoes() {
    for (String text : new String[] {"IN", "ON_BEHALF_OF", "  LEADING BLANK", "A _ B", "TRAILING "}) {
      assertThat(PatternWords.split(text)).containsExactly(text.split("[ _]+"));
    }
  }
}
