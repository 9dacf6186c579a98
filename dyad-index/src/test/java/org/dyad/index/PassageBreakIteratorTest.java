package org.dyad.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.BreakIterator;
import org.junit.jupiter.api.Test;

class PassageBreakIteratorTest {

  /** Twenty sentences of 21 characters each: sentence k starts at 21 * k. */
  private static final String SENTENCES = "Abcd efgh ijkl mnop. ".repeat(20);

  /** 100 words of 5 characters, no sentence punctuation: word k starts at 5 * k. */
  private static final String WORDS = "word ".repeat(100);

  private static PassageBreakIterator over(String text) {
    PassageBreakIterator iterator = new PassageBreakIterator();
    iterator.setText(text);
    return iterator;
  }

  @Test
  void opensAPassageAtTheSentenceOfTheMatch() {
    PassageBreakIterator iterator = over(SENTENCES);

    assertThat(iterator.preceding(111)).isEqualTo(105);
  }

  @Test
  void closesThePassageAtTheFirstSentenceEndPastTheMinimumLength() {
    PassageBreakIterator iterator = over(SENTENCES);
    iterator.preceding(111);

    // Sentence starts at 252 would be 147 characters in, short of 150; 273 is the next one.
    assertThat(iterator.following(110)).isEqualTo(273);
  }

  @Test
  void cutsTextWithoutSentencesAtWordBoundaries() {
    PassageBreakIterator iterator = over(WORDS);

    assertThat(iterator.preceding(301)).isEqualTo(205);
    assertThat(iterator.following(300)).isEqualTo(454);
  }

  @Test
  void walksPassagesFromTheStart() {
    PassageBreakIterator iterator = over(SENTENCES);

    assertThat(iterator.first()).isZero();
    assertThat(iterator.next()).isEqualTo(168);
    assertThat(iterator.next()).isEqualTo(336);
    assertThat(iterator.next()).isEqualTo(SENTENCES.length());
    assertThat(iterator.next()).isEqualTo(BreakIterator.DONE);
  }

  @Test
  void treatsBlankLinesAndQuotedEndingsAsSentenceEnds() {
    assertThat(over("Heading\n\nBody text").preceding(12)).isEqualTo(9);
    assertThat(over("He said \"stop.\" Then he left").preceding(18)).isEqualTo(16);
    // Known limitation: an abbreviation's full stop also counts as a sentence end.
    assertThat(over("He met U.S. officials").preceding(13)).isEqualTo(12);
  }

  @Test
  void reportsDoneOutsideTheText() {
    PassageBreakIterator iterator = over("short");

    assertThat(iterator.preceding(0)).isEqualTo(BreakIterator.DONE);
    assertThat(iterator.following(5)).isEqualTo(BreakIterator.DONE);
    assertThat(iterator.following(0)).isEqualTo(5);
  }
}
