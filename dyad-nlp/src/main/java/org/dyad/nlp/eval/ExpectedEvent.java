package org.dyad.nlp.eval;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One event of the answer key.
 *
 * @param file the document's path relative to {@code documents/}
 * @param line the 1-based line of the answer key that holds it
 * @param source the expected source actor code ({@code IRNGOV})
 * @param target the expected target actor code ({@code IMGMUSALQ})
 * @param date the day the event happened
 * @param sentence the sentence that reports it, verbatim
 * @param code the expected CAMEO event code, or null when the key gives none
 * @param cluster the real-world event it reports (every report of it has the same id), or null
 *     when the key gives none
 */
public record ExpectedEvent(
    String file, int line, String source, String target, LocalDate date, String sentence, String code, String cluster) {

  /** An expected event without a cluster. */
  public ExpectedEvent(String file, int line, String source, String target, LocalDate date, String sentence, String code) {
    this(file, line, source, target, date, sentence, code, null);
  }

  /** An expected event without a code, for actor resolution. */
  public ExpectedEvent(String file, int line, String source, String target, LocalDate date, String sentence) {
    this(file, line, source, target, date, sentence, null, null);
  }

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
