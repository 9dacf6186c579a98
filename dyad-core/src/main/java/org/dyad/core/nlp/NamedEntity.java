package org.dyad.core.nlp;

import java.util.Comparator;
import java.util.Objects;

/**
 * A name found by a statistical recognizer rather than a dictionary: the characters {@code [start,
 * end)} of the document text and the kind of thing they name. Used to discover actors the
 * dictionaries do not know yet, so it carries no code.
 *
 * @param start UTF-16 offset of the first character in the document text
 * @param end UTF-16 offset just past the name
 * @param text the name as written, {@code documentText.substring(start, end)}
 * @param type what it names: {@code PERSON}, {@code ORGANIZATION}, {@code LOCATION} or {@code MISC}
 */
public record NamedEntity(int start, int end, String text, String type) implements Comparable<NamedEntity> {

  private static final Comparator<NamedEntity> DOCUMENT_ORDER = Comparator.comparingInt(NamedEntity::start)
      .thenComparingInt(NamedEntity::end)
      .thenComparing(NamedEntity::type);

  public NamedEntity {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(type, "type");
    if (start < 0 || end <= start || end - start != text.length()) {
      throw new IllegalArgumentException(
          "entity span [" + start + ", " + end + ") does not fit its " + text.length() + " characters");
    }
    if (type.isBlank()) {
      throw new IllegalArgumentException("an entity needs a type");
    }
  }

  /** Document order: by start, then end, then type. */
  @Override
  public int compareTo(NamedEntity other) {
    return DOCUMENT_ORDER.compare(this, other);
  }
}
