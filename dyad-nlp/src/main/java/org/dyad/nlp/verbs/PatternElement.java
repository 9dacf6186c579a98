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

  /**
   * A word ({@code SANCTIONS}, {@code EFFORT}) or a run of consecutive words matched as one unit.
   *
   * <p>The files join consecutive words with {@code _} ({@code ARMED_FORCES}, {@code {AIR_STRIKE}})
   * and, in synset members, also with blanks ({@code +AUSTRIAN FLORIN}); both are held as one Word
   * whose {@code text} has the words separated by single spaces ({@code "ARMED FORCES"}), in
   * patterns and synset members alike. A trailing {@code _} ({@code CASH_}, {@code
   * DIFFERENCE_OF_OPINION_}) is dropped and sets {@code exact}; so do the members of a synset whose
   * name ends in {@code _} ({@code &AUXVERB1_}), which PETRARCH-2 never inflects.
   *
   * @param text upper case, words separated by single spaces, no {@code _}
   * @param exact true when the word matches only as written, without plural or other inflection
   */
  record Word(String text, boolean exact) implements PatternElement {
    public Word {
      Objects.requireNonNull(text, "text");
      if (text.isBlank()) {
        throw new IllegalArgumentException("blank pattern word");
      }
    }
  }

  /**
   * A reference to a synonym set ({@code &CURRENCY}), by name without the {@code &} and without a
   * trailing {@code _}: {@code &PREPOSIT1} and {@code &PREPOSIT1_} both name the set defined as
   * {@code &PREPOSIT1_}.
   */
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
