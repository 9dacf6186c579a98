package org.dyad.core.analysis;

import java.util.Locale;
import java.util.Objects;

/**
 * Which actor codes count as one member of a dyad: a three-letter code (a state, {@code IRN})
 * stands for the state and every part of it ({@code IRNGOV}, {@code IRNMIL}); a longer code stands
 * only for itself ({@code IMGMUSALQ}, {@code IRNGOV}). This is the rule of the sample corpus's
 * answer key.
 *
 * @param code the member's actor code, upper case, 3 to 15 letters or digits
 */
public record ActorMatch(String code) {

  public ActorMatch {
    Objects.requireNonNull(code, "code");
    if (!code.matches("[A-Z0-9]{3,15}")) {
      throw new IllegalArgumentException("an actor code has 3 to 15 capital letters or digits, such as IRN or IMGMUSALQ; got '"
          + code + "'");
    }
  }

  /** Reads a code as typed, in any case. */
  public static ActorMatch of(String typed) {
    return new ActorMatch(typed.strip().toUpperCase(Locale.ROOT));
  }

  /** True when a three-letter code stands for the state and all its parts. */
  public boolean byPrefix() {
    return code.length() == 3;
  }

  public boolean matches(String actorCode) {
    return byPrefix() ? actorCode.startsWith(code) : actorCode.equals(code);
  }
}
