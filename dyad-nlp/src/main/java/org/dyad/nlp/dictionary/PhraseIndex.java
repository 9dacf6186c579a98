package org.dyad.nlp.dictionary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Maps each normalised phrase to the entries that carry it, in entry order. The three
 * dictionaries share it so that a lookup normalises its argument the same way everywhere.
 */
final class PhraseIndex<E> {

  private final Map<String, List<E>> byPhrase;

  PhraseIndex(List<E> entries, Function<E, List<String>> phrasesOf) {
    Map<String, List<E>> index = new HashMap<>();
    for (E entry : entries) {
      for (String phrase : phrasesOf.apply(entry)) {
        List<E> holders = index.computeIfAbsent(phrase, key -> new ArrayList<>());
        // An entry listing the same synonym twice (the files do) is still one match.
        if (holders.isEmpty() || holders.getLast() != entry) {
          holders.add(entry);
        }
      }
    }
    index.replaceAll((phrase, holders) -> List.copyOf(holders));
    this.byPhrase = Map.copyOf(index);
  }

  /** The entries carrying {@code phrase} in any spelling that normalises alike; may be empty. */
  List<E> lookup(String phrase) {
    return byPhrase.getOrDefault(Phrases.normalise(phrase), List.of());
  }

  int phraseCount() {
    return byPhrase.size();
  }
}
