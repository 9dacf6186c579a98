package org.dyad.nlp.dictionary;

import java.util.Objects;

/**
 * One phrase of a discards dictionary: text that marks a sentence (or a whole story) as not
 * worth coding, typically sport, entertainment or history ("WORLD CUP", "+AUSTRALIAN OPEN").
 *
 * @param phrase the phrase, normalised ({@code "african nations cup"})
 * @param scope whether a match drops the sentence or the whole story ({@code +} in the file)
 * @param wordEnd true when the file ends the phrase with {@code _}: PETRARCH then requires the
 *     match to end at a blank or punctuation mark; otherwise the last word matches as a stem
 * @param comment the text after {@code #}, stripped; empty if none
 * @param sourceFile the file the line came from
 * @param lineNumber the 1-based line
 */
public record DiscardEntry(
    String phrase,
    Scope scope,
    boolean wordEnd,
    String comment,
    String sourceFile,
    int lineNumber) {

  /** What a match discards. */
  public enum Scope {
    SENTENCE,
    STORY
  }

  public DiscardEntry {
    Phrases.requireNormal(phrase, "phrase");
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(comment, "comment");
    Objects.requireNonNull(sourceFile, "sourceFile");
    if (lineNumber < 1) {
      throw new IllegalArgumentException("line numbers start at 1, got " + lineNumber);
    }
  }
}
