package org.dyad.nlp.dictionary;

import java.util.List;
import java.util.Objects;

/** The agent nouns of an agents file, looked up by singular or plural phrase. Immutable. */
public final class AgentDictionary {

  private final List<AgentEntry> entries;
  private final PhraseIndex<AgentEntry> index;

  public AgentDictionary(List<AgentEntry> entries) {
    this.entries = List.copyOf(Objects.requireNonNull(entries, "entries"));
    this.index = new PhraseIndex<>(this.entries, AgentEntry::phrases);
  }

  /** Entries whose singular or a plural normalises to the same form as {@code phrase}. */
  public List<AgentEntry> lookup(String phrase) {
    return index.lookup(phrase);
  }

  public List<AgentEntry> entries() {
    return entries;
  }

  public int size() {
    return entries.size();
  }

  /** How many distinct normalised phrases (singulars and plurals) the dictionary knows. */
  public int phraseCount() {
    return index.phraseCount();
  }
}
