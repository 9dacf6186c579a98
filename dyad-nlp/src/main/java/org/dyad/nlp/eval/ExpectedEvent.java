package org.dyad.nlp.eval;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One event of the answer key, as far as actor resolution is concerned.
 *
 * @param file the document's path relative to {@code documents/}
 * @param line the 1-based line of the answer key that holds it
 * @param source the expected source actor code ({@code IRNGOV})
 * @param target the expected target actor code ({@code IMGMUSALQ})
 * @param date the day the event happened
 * @param sentence the sentence that reports it, verbatim
 */
public record ExpectedEvent(String file, int line, String source, String target, LocalDate date, String sentence) {

  public ExpectedEvent {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(sentence, "sentence");
    if (line < 1) {
      throw new IllegalArgumentException("line numbers start at 1, got " + line);
    }
    if (source.isBlank() || target.isBlank() || sentence.isBlank()) {
      throw new IllegalArgumentException(file + ": an expected event needs a source, a target and a sentence");
    }
  }
}
