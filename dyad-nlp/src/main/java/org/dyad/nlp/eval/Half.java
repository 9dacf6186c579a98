package org.dyad.nlp.eval;

/**
 * Which PLOVER records an evaluation uses. The odd positions are for development (look at them,
 * tune on them); the even positions are held out for the reported numbers, so that what is
 * reported was not tuned on. Alternating rather than cutting in the middle keeps both halves
 * spread over all event types, since the file is sorted by event.
 */
public enum Half {
  /** Positions 1, 3, 5, ...: development. */
  ODD,
  /** Positions 2, 4, 6, ...: the report half. */
  EVEN,
  /** Every record. */
  ALL;

  /** Whether the record at 1-based {@code position} belongs to this half. */
  public boolean includes(int position) {
    if (position < 1) {
      throw new IllegalArgumentException("record positions start at 1, got " + position);
    }
    return switch (this) {
      case ODD -> position % 2 == 1;
      case EVEN -> position % 2 == 0;
      case ALL -> true;
    };
  }
}
