package org.dyad.nlp.eval;

/** Why a gold actor was not found, or why a Dyad mention matched no gold actor. */
public enum ErrorClass {
  /** No Dyad mention overlaps the gold actor's words. */
  MISSED("no Dyad mention overlaps the gold actor"),
  /** Dyad mentions overlap the gold actor, but none has its root. */
  WRONG_ROOT("Dyad mentions overlap the gold actor, none with its root"),
  /** The gold actor's words are not in the sentence (discontinuous or misspelt); not found. */
  UNLOCATED_GOLD("the gold actor's words are not in the sentence, so it counts as not found"),
  /** A Dyad mention overlapping no gold actor; counted per mention, outside precision. */
  SPURIOUS_OUTSIDE_GOLD("a Dyad mention overlaps no gold actor (not in precision: the gold data codes only the event's actors)");

  private final String meaning;

  ErrorClass(String meaning) {
    this.meaning = meaning;
  }

  /** One line for a report. */
  public String meaning() {
    return meaning;
  }

  /** Whether the class counts gold actors (else it counts Dyad mentions). */
  public boolean countsGoldActors() {
    return this != SPURIOUS_OUTSIDE_GOLD;
  }
}
