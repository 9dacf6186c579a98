package org.dyad.nlp.verbs;

import java.util.Objects;

/**
 * The code a verb or pattern gives, as written in brackets: {@code [163]}, a paired code {@code
 * [042:043]} (the source's event and the target's reciprocal one), a reverse-only code {@code
 * [:173]} (only the target acts on the source: CAMEO.2.0 writes {@code - * (BEFORE COURT) [:173]}
 * for "X appeared before the court"), or {@code [---]}, no event.
 *
 * <p>Codes are kept as written, without checking them against CAMEO: the validation files use
 * test codes such as {@code 075A}, {@code 102b} or {@code +++}.
 *
 * @param forward the code of the source-to-target event, or null for {@code ---} or none
 * @param reverse the code of the reciprocal target-to-source event, or null when there is none
 */
public record EventCodes(String forward, String reverse) {

  /** {@code [---]}: the verb or pattern reports no event. */
  public static final EventCodes NONE = new EventCodes(null, null);

  public EventCodes {
    if (forward != null && forward.isBlank() || reverse != null && reverse.isBlank()) {
      throw new IllegalArgumentException("blank event code");
    }
  }

  public static EventCodes of(String forward) {
    return new EventCodes(Objects.requireNonNull(forward, "forward"), null);
  }

  /** True for {@code [---]}: neither a forward nor a reverse event. */
  public boolean isNone() {
    return forward == null && reverse == null;
  }

  @Override
  public String toString() {
    if (isNone()) {
      return "[---]";
    }
    String first = forward == null ? "" : forward;
    return reverse == null ? "[" + first + "]" : "[" + first + ":" + reverse + "]";
  }
}
