package org.dyad.nlp.verbs;

import java.util.List;
import java.util.Objects;

/**
 * One element of a verb pattern, as the PETRARCH-2 format writes it.
 *
 * <p>Words are upper case as in the dictionary; {@code _} inside a word joins a multi-word
 * expression, and a trailing {@code _} means the word matches only as written (no inflection).
 */
public sealed interface PatternElement {

  /** A word ({@code SANCTIONS}, {@code EFFORT}). */
  record Word(String text, boolean exact) implements PatternElement {
    public Word {
      Objects.requireNonNull(text, "text");
      if (text.isBlank()) {
        throw new IllegalArgumentException("blank pattern word");
      }
    }
  }

  /** A reference to a synonym set ({@code &CURRENCY}), by name without the {@code &}. */
  record SynsetRef(String name) implements PatternElement {
    public SynsetRef {
      Objects.requireNonNull(name, "name");
    }
  }

  /** {@code {...}}: words that form one noun phrase, matched together. */
  record NounPhrase(List<PatternElement> elements) implements PatternElement {
    public NounPhrase {
      elements = List.copyOf(elements);
      if (elements.isEmpty()) {
        throw new IllegalArgumentException("empty noun phrase {}");
      }
    }
  }

  /** {@code (PREP ...)}: a prepositional phrase headed by {@code preposition} and holding {@code object}. */
  record PrepositionalPhrase(String preposition, List<PatternElement> object) implements PatternElement {
    public PrepositionalPhrase {
      Objects.requireNonNull(preposition, "preposition");
      object = List.copyOf(object);
    }
  }

  /** {@code $}: the event's source stands here. */
  record Source() implements PatternElement {}

  /** {@code +}: the event's target stands here. */
  record Target() implements PatternElement {}

  /** {@code %}: a compound actor stands here, the source and target of a reciprocal event. */
  record Compound() implements PatternElement {}

  /** {@code ^}: skip one noun phrase. */
  record Skip() implements PatternElement {}
}
