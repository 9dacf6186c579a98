package org.dyad.analysis.cluster;

import java.util.HashSet;
import java.util.Set;

/**
 * How much two snippets share their words: the Jaccard index |A ∩ B| / |A ∪ B| of their sets of
 * words of three letters or more (shorter words are mostly articles and prepositions). Time
 * linear in the words.
 */
final class WordOverlap {

  private WordOverlap() {}

  static Set<String> words(String text) {
    Set<String> words = new HashSet<>();
    for (String word : text.split("[^\\p{L}\\p{N}]+")) {
      if (word.length() >= 3) {
        words.add(word);
      }
    }
    return words;
  }

  /** The Jaccard index, 0 when both sets are empty. */
  static double jaccard(Set<String> a, Set<String> b) {
    if (a.isEmpty() && b.isEmpty()) {
      return 0;
    }
    int shared = 0;
    for (String word : a) {
      if (b.contains(word)) {
        shared++;
      }
    }
    return (double) shared / (a.size() + b.size() - shared);
  }
}
