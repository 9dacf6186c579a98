package org.dyad.sanctions.match;

import java.util.HashMap;
import java.util.Map;

/**
 * How much a name part says about identity: rare parts more than common ones, as inverse document
 * frequency over the list's names, {@code ln(2 + N / (1 + df))}, so a shared {@code muhammad}
 * counts for little and a shared {@code zawahiri} for much (K. Spärck Jones, "A statistical
 * interpretation of term specificity and its application in retrieval", 1972). A part the list
 * never uses weighs as much as the rarest.
 */
final class PartWeights {

  private final Map<String, Integer> frequencies = new HashMap<>();
  private int names;

  void count(NameParts name) {
    names++;
    name.parts().stream().distinct().forEach(part -> frequencies.merge(part, 1, Integer::sum));
  }

  double weight(String part) {
    return Math.log(2 + names / (1.0 + frequencies.getOrDefault(part, 0)));
  }

  int frequency(String part) {
    return frequencies.getOrDefault(part, 0);
  }
}
