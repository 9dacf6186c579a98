package org.dyad.nlp.verbs;

import java.util.Objects;

/**
 * The code a verb or pattern gives, as written in brackets: {@code [163]}, a paired code {@code
 * [042:043]} (the source's event and the target's reciprocal one), or {@code [---]}, no event.
 *
 * @param forward the code of the source-to-target event, or null for {@code ---}
 * @param reverse the code of the reciprocal target-to-source event, or null when there is none
 */
public record EventCodes(String forward, String reverse) {

  /** {@code [---]}: the verb or pattern reports no event. */
  public static final EventCodes NONE = new EventCodes(null, null);

  public EventCodes {
    if (forward == null && reverse != null) {
      throw new IllegalArgumentException("a reciprocal code needs a forward code");
    }
    if (forward != null && forward.isBlank() || reverse != null && reverse.isBlank()) {
      throw new IllegalArgumentException("blank event code");
    }
  }

  public static EventCodes of(String forward) {
    return new EventCodes(Objects.requireNonNull(forward, "forward"), null);
  }

  public boolean isNone() {
    return forward == null;
  }

  @Override
  public String toString() {
    return forward == null ? "[---]" : reverse == null ? "[" + forward + "]" : "[" + forward + ":" + reverse + "]";
  }
}
