package org.dyad.nlp.eval.suite;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Multiset arithmetic on lists of coded events, each linear in the two lists. */
final class TripleCounts {

  private TripleCounts() {}

  /** The size of the multiset intersection: each event counts as often as it is in both. */
  static int overlap(List<CodedTriple> first, List<CodedTriple> second) {
    Map<CodedTriple, Integer> left = counts(first);
    int shared = 0;
    for (CodedTriple event : second) {
      Integer count = left.get(event);
      if (count != null && count > 0) {
        left.put(event, count - 1);
        shared++;
      }
    }
    return shared;
  }

  /** {@code from} without one occurrence of each event of {@code taken}, in {@code from}'s order. */
  static List<CodedTriple> minus(List<CodedTriple> from, List<CodedTriple> taken) {
    Map<CodedTriple, Integer> toTake = counts(taken);
    List<CodedTriple> left = new ArrayList<>();
    for (CodedTriple event : from) {
      Integer count = toTake.get(event);
      if (count != null && count > 0) {
        toTake.put(event, count - 1);
      } else {
        left.add(event);
      }
    }
    return left;
  }

  private static Map<CodedTriple, Integer> counts(List<CodedTriple> events) {
    Map<CodedTriple, Integer> counts = new HashMap<>();
    events.forEach(event -> counts.merge(event, 1, Integer::sum));
    return counts;
  }
}
