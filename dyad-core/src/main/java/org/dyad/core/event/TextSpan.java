package org.dyad.core.event;

import java.util.Objects;

/**
 * Words of a text with their place in it: the verb phrase of an event, or its sentence.
 *
 * @param text the characters {@code [start, end)}
 * @param start UTF-16 offset in the document (or {@code dyad code} input) text
 * @param end offset just past the last character
 */
public record TextSpan(String text, int start, int end) {

  public TextSpan {
    Objects.requireNonNull(text, "text");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("invalid span [" + start + ", " + end + ")");
    }
  }
}
