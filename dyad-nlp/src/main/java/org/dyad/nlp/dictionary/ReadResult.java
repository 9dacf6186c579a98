package org.dyad.nlp.dictionary;

import java.util.List;
import java.util.Objects;

/**
 * What a dictionary reader produced: the dictionary, and the warnings for every line it could not
 * read as written (in line order).
 */
public record ReadResult<D>(D dictionary, List<DictionaryWarning> warnings) {

  public ReadResult {
    Objects.requireNonNull(dictionary, "dictionary");
    warnings = List.copyOf(warnings);
  }
}
