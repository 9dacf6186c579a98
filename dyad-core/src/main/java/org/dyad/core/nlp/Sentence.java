package org.dyad.core.nlp;

import java.util.Objects;

/**
 * A sentence of a document: its 0-based place in the document and the characters {@code [start,
 * end)} of the document's extracted text that it spans.
 *
 * @param doc the document id (sha256), or the input id for {@code dyad code}
 * @param index 0-based position among the document's sentences
 * @param start UTF-16 offset of the first character in the document text
 * @param end UTF-16 offset just past the last character
 * @param text the sentence's characters, {@code documentText.substring(start, end)}
 */
public record Sentence(String doc, int index, int start, int end, String text) {

  public Sentence {
    Objects.requireNonNull(doc, "doc");
    Objects.requireNonNull(text, "text");
    if (index < 0) {
      throw new IllegalArgumentException("sentence index must be >= 0, got " + index);
    }
    if (start < 0 || end < start || end - start != text.length()) {
      throw new IllegalArgumentException(
          "sentence span [" + start + ", " + end + ") does not fit its " + text.length() + " characters");
    }
  }
}
