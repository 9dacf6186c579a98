package org.dyad.core.sanctions;

import java.util.Objects;

/**
 * A name in the workspace's documents to check against the lists: a resolved person or
 * organisation, or a name the recognizer found that no actor resolves to.
 *
 * @param doc the document id
 * @param sentence the sentence's index in the document
 * @param start UTF-16 offset of the name in the document text
 * @param end offset just past it
 * @param text the name as it is checked (the mention's words, or the resolved person's name)
 * @param origin {@code resolved} or {@code unresolved}
 * @param type {@code PERSON} or {@code ORGANIZATION}
 */
public record NameOccurrence(String doc, int sentence, int start, int end, String text, String origin, String type) {

  public NameOccurrence {
    Objects.requireNonNull(doc, "doc");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(type, "type");
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("an occurrence in " + doc + " needs a name");
    }
    if (sentence < 0 || start < 0 || end < start) {
      throw new IllegalArgumentException("invalid occurrence [" + start + ", " + end + ") in sentence " + sentence);
    }
  }
}
