package org.dyad.core.nlp;

import java.util.List;

/**
 * Finds the names of people, organizations and places in a sentence by a statistical model, so
 * that actors missing from the dictionaries can be discovered. Optional and slower than parsing:
 * run it only when asked. An instance is not thread-safe: build one per worker thread.
 */
public interface EntityRecognizer {

  /** The names in {@code sentence}, in order, with offsets into the document text like the sentence's. */
  List<NamedEntity> entities(Sentence sentence);
}
