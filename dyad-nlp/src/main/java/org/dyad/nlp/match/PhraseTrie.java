package org.dyad.nlp.match;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds dictionary phrases in text at text speed: a trie whose edges are word keys ({@link
 * NameKey}), so a phrase of k words is k hash lookups, whatever the dictionary's size.
 *
 * <p>{@link #find} scans left to right and at each position takes the longest phrase that starts
 * there (leftmost-longest, the rule PETRARCH and most gazetteer taggers use: "Revolutionary Guards
 * of Iran" beats "Iran"), then resumes after it, so matches never overlap. Cost: O(n · L) for n
 * tokens and L words in the longest phrase; with L ≈ 10 that is a few lookups per word. A full
 * Aho–Corasick automaton would drop the factor L but cannot give leftmost-longest without the same
 * backtracking, and L is small.
 *
 * @param <V> what a phrase stands for (an actor entry, an agent)
 */
public final class PhraseTrie<V> {

  private static final class Node<V> {
    final Map<String, Node<V>> next = new HashMap<>(4);
    List<V> values;
  }

  private final Node<V> root = new Node<>();
  private int phrases;
  private int longest;

  /**
   * Adds a phrase in dictionary normal form ({@code "al-qa'ida network"}); adding a phrase again
   * adds its value to the same phrase. A phrase with no word key is ignored.
   */
  public void add(String normalPhrase, V value) {
    List<String> keys = NameKey.ofPhrase(normalPhrase);
    if (keys.isEmpty()) {
      return;
    }
    Node<V> node = root;
    for (String key : keys) {
      node = node.next.computeIfAbsent(key, k -> new Node<>());
    }
    if (node.values == null) {
      node.values = new ArrayList<>(1);
      phrases++;
    }
    node.values.add(value);
    longest = Math.max(longest, keys.size());
  }

  /** Distinct phrases stored. */
  public int size() {
    return phrases;
  }

  /** Words in the longest phrase. */
  public int longestPhrase() {
    return longest;
  }

  /** Leftmost-longest, non-overlapping matches in the tokens, in text order. */
  public List<PhraseMatch<V>> find(List<Token> tokens) {
    List<PhraseMatch<V>> matches = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      Node<V> node = root;
      int bestEnd = -1;
      List<V> bestValues = null;
      for (int j = i; j < tokens.size(); j++) {
        node = node.next.get(tokens.get(j).key());
        if (node == null) {
          break;
        }
        if (node.values != null) {
          bestEnd = j + 1;
          bestValues = node.values;
        }
      }
      if (bestEnd < 0) {
        i++;
        continue;
      }
      matches.add(new PhraseMatch<>(i, bestEnd, tokens.get(i).start(), tokens.get(bestEnd - 1).end(), bestValues));
      i = bestEnd;
    }
    return matches;
  }

  /** Whether any phrase occurs in the tokens: the pre-filter's question, answered without collecting. */
  public boolean occursIn(List<Token> tokens) {
    for (int i = 0; i < tokens.size(); i++) {
      Node<V> node = root;
      for (int j = i; j < tokens.size(); j++) {
        node = node.next.get(tokens.get(j).key());
        if (node == null) {
          break;
        }
        if (node.values != null) {
          return true;
        }
      }
    }
    return false;
  }
}
