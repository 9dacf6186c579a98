package org.dyad.nlp.dictionary;

import java.util.Objects;

/**
 * One non-blank line of a dictionary file after comments are split off.
 *
 * @param number the 1-based line number in the file
 * @param content the text before the first {@code #}, stripped; never empty
 * @param comment the text after the first {@code #}, stripped; empty if none
 */
record DictionaryLine(int number, String content, String comment) {

  DictionaryLine {
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(comment, "comment");
    if (number < 1) {
      throw new IllegalArgumentException("line numbers start at 1, got " + number);
    }
    if (content.isBlank()) {
      throw new IllegalArgumentException("line " + number + " has no content");
    }
  }
}
