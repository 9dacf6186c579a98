package org.dyad.nlp.dictionary;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The actor blocks of one or more actor files, looked up by phrase. Immutable.
 *
 * <p>A phrase may belong to several entries (the Phoenix files repeat some blocks and reuse
 * short names), so a lookup returns all of them in file order and leaves the choice to the
 * resolver.
 */
public final class ActorDictionary {

  private final List<ActorEntry> entries;
  private final PhraseIndex<ActorEntry> index;

  public ActorDictionary(List<ActorEntry> entries) {
    this.entries = List.copyOf(Objects.requireNonNull(entries, "entries"));
    this.index = new PhraseIndex<>(this.entries, ActorEntry::phrases);
  }

  /** The dictionaries' entries in the order given, e.g. countries, international, militants. */
  public static ActorDictionary union(List<ActorDictionary> dictionaries) {
    List<ActorEntry> all = new ArrayList<>();
    dictionaries.forEach(dictionary -> all.addAll(dictionary.entries));
    return new ActorDictionary(all);
  }

  /** Entries whose primary phrase or a synonym normalises to the same form as {@code phrase}. */
  public List<ActorEntry> lookup(String phrase) {
    return index.lookup(phrase);
  }

  public List<ActorEntry> entries() {
    return entries;
  }

  public int size() {
    return entries.size();
  }

  /** How many distinct normalised phrases (primaries and synonyms) the dictionary knows. */
  public int phraseCount() {
    return index.phraseCount();
  }
}
