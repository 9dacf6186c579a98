package org.dyad.nlp.dictionary;

import java.util.List;
import java.util.Objects;

/** The phrases of a discards file, looked up by phrase. Immutable. */
public final class DiscardDictionary {

  private final List<DiscardEntry> entries;
  private final PhraseIndex<DiscardEntry> index;

  public DiscardDictionary(List<DiscardEntry> entries) {
    this.entries = List.copyOf(Objects.requireNonNull(entries, "entries"));
    this.index = new PhraseIndex<>(this.entries, entry -> List.of(entry.phrase()));
  }

  /** Entries whose phrase normalises to the same form as {@code phrase}. */
  public List<DiscardEntry> lookup(String phrase) {
    return index.lookup(phrase);
  }

  /** The entries of one scope, in file order. */
  public List<DiscardEntry> entries(DiscardEntry.Scope scope) {
    return entries.stream().filter(entry -> entry.scope() == scope).toList();
  }

  public List<DiscardEntry> entries() {
    return entries;
  }

  public int size() {
    return entries.size();
  }
}
