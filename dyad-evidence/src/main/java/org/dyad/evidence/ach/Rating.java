package org.dyad.evidence.ach;

import java.util.Arrays;
import java.util.Locale;

/**
 * How one item of evidence bears on one hypothesis, on Heuer's five-point scale plus "not
 * applicable": very consistent, consistent, neutral, inconsistent, very inconsistent.
 */
public enum Rating {
  CC(2),
  C(1),
  N(0),
  I(-1),
  II(-2),
  NA(0);

  private final int consistency;

  Rating(int consistency) {
    this.consistency = consistency;
  }

  /** The rating written {@code text} (any case, surrounding spaces ignored). */
  public static Rating parse(String text) {
    String name = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
    return Arrays.stream(values()).filter(rating -> rating.name().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("a rating is one of CC, C, N, I, II or NA, got '"
            + (text == null || text.length() <= 20 ? text : text.substring(0, 20) + "…") + "'"));
  }

  /** +2 for CC down to -2 for II; 0 for N and NA. */
  public int consistency() {
    return consistency;
  }

  /** What the rating adds to a hypothesis's inconsistency: 1 for I, 2 for II, else 0. */
  public int inconsistency() {
    return Math.max(0, -consistency);
  }

  /** Whether the rating says anything about the hypothesis (everything but NA). */
  public boolean applies() {
    return this != NA;
  }
}
