package org.dyad.nlp.match;

import java.util.Objects;

/**
 * A word of a text with its {@link NameKey} and its place: {@code [start, end)} UTF-16 offsets
 * into the text it came from.
 */
public record Token(String text, String key, int start, int end) {

  public Token {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(key, "key");
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("invalid token span [" + start + ", " + end + ")");
    }
  }
}
