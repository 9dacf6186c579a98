package org.dyad.core.nlp;

import java.util.Objects;

/**
 * A name the recognizer found in a stored sentence that no dictionary entry or alias matched: a
 * candidate actor for the analyst to map with {@code dyad actors alias add}.
 *
 * @param doc the document id
 * @param sentence the sentence's index in the document
 * @param entity the name, with offsets into the document text
 */
public record EntityMention(String doc, int sentence, NamedEntity entity) {

  public EntityMention {
    Objects.requireNonNull(doc, "doc");
    Objects.requireNonNull(entity, "entity");
    if (sentence < 0) {
      throw new IllegalArgumentException("sentence index must be >= 0, got " + sentence);
    }
  }
}
