package org.dyad.nlp.match;

import java.util.List;

/**
 * Dictionary phrases found in a token sequence: tokens {@code [firstToken, endToken)}, which span
 * the characters {@code [start, end)} of the text, carrying the values stored for that phrase.
 */
public record PhraseMatch<V>(int firstToken, int endToken, int start, int end, List<V> values) {

  public PhraseMatch {
    if (firstToken < 0 || endToken <= firstToken || start < 0 || end <= start) {
      throw new IllegalArgumentException("invalid match [" + firstToken + ", " + endToken + ")");
    }
    values = List.copyOf(values);
  }

  public int length() {
    return endToken - firstToken;
  }
}
