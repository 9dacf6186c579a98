package org.dyad.nlp.conllu;

import static org.assertj.core.api.Assertions.assertThat;

import org.dyad.core.nlp.Sentence;
import org.dyad.nlp.conllu.FormLocator.Span;
import org.junit.jupiter.api.Test;

class FormLocatorTest {

  @Test
  void findsFormsLeftToRightInDocumentOffsets() {
    // "the" occurs twice: the second search starts after the first match.
    FormLocator locator = new FormLocator(new Sentence("d", 0, 100, 115, "the cat the dog"));
    assertThat(locator.locate("the")).isEqualTo(new Span(100, 103));
    assertThat(locator.locate("cat")).isEqualTo(new Span(104, 107));
    assertThat(locator.locate("the")).isEqualTo(new Span(108, 111));
  }

  @Test
  void treebankEscapesAndCurlyApostrophesAreFound() {
    FormLocator locator = new FormLocator(new Sentence("d", 0, 0, 13, "(EU) \u201CIran\u2019s\u201D"));
    assertThat(locator.locate("-LRB-")).isEqualTo(new Span(0, 1));
    assertThat(locator.locate("EU")).isEqualTo(new Span(1, 3));
    assertThat(locator.locate("-RRB-")).isEqualTo(new Span(3, 4));
    assertThat(locator.locate("``")).isEqualTo(new Span(5, 6));
    assertThat(locator.locate("Iran")).isEqualTo(new Span(6, 10));
    assertThat(locator.locate("'s")).isEqualTo(new Span(10, 12));
    assertThat(locator.locate("''")).isEqualTo(new Span(12, 13));
  }

  @Test
  void aMissingFormGetsAnEmptySpanAndTheSearchGoesOn() {
    FormLocator locator = new FormLocator(new Sentence("d", 0, 10, 21, "Arnor fired"));
    assertThat(locator.locate("Arnor")).isEqualTo(new Span(10, 15));
    assertThat(locator.locate("Gondor")).isEqualTo(new Span(15, 15));
    assertThat(locator.locate("")).isEqualTo(new Span(15, 15));
    assertThat(locator.locate("fired")).isEqualTo(new Span(16, 21));
  }

  @Test
  void searchResumesAfterAWordPlacedByItsOffsets() {
    FormLocator locator = new FormLocator(new Sentence("d", 0, 10, 17, "a b a b"));
    locator.skipTo(14);
    assertThat(locator.locate("a")).isEqualTo(new Span(14, 15));
    locator.skipTo(99);
    assertThat(locator.locate("b")).isEqualTo(new Span(17, 17));
  }
}
