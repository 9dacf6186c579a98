package org.dyad.nlp.coding;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dyad.nlp.verbs.EventCodes;
import org.dyad.nlp.verbs.Transformation;
import org.dyad.nlp.verbs.VerbBlock;
import org.dyad.nlp.verbs.VerbDictionary;
import org.dyad.nlp.verbs.VerbEntry;

/** Verb dictionaries for tests, one verb a block with the block's code and no patterns. */
final class TinyDictionary {

  private TinyDictionary() {}

  /** A block holding the one verb {@code verb}, coded {@code code}, read from line {@code line}. */
  static VerbBlock block(String verb, String code, int line) {
    return new VerbBlock(verb, EventCodes.of(code), List.of(new VerbEntry(verb, List.of(), Set.of(), null, line)), List.of(), line);
  }

  /** A dictionary of {@code blocks}, with no synonym sets and no transformations. */
  static VerbDictionary of(VerbBlock... blocks) {
    return new VerbDictionary(Map.of(), List.of(blocks), List.<Transformation>of());
  }
}
