package org.dyad.core.nlp;

import java.time.LocalDate;
import java.util.List;

/**
 * Finds the actors named in a document's sentences and resolves each to a code valid on the
 * document's date. Sentences are given in document order so that short references ("the
 * group", "the president") can bind to an actor named earlier in the same document.
 */
public interface ActorResolver {

  /** {@code date} is the document's date, or null when unknown: then only undated codes apply. */
  List<Mention> resolve(List<Sentence> sentences, LocalDate date);
}
