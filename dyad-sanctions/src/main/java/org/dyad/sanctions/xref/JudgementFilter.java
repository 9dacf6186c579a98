package org.dyad.sanctions.xref;

import java.util.Locale;
import org.dyad.core.sanctions.Judgement;

/** Which cross-reference matches to list by the analyst's verdict on them. */
public enum JudgementFilter {
  /** Every match not judged not-a-match: what {@code dyad sanctions xref} shows by default. */
  OPEN,
  /** Every match, dismissed ones too. */
  ALL,
  MATCH,
  NOT_A_MATCH,
  UNSURE,
  /** Matches nobody has judged yet. */
  NONE;

  /** The word used in requests: {@code open}, {@code all}, {@code match}, {@code not-a-match}, {@code unsure}, {@code none}. */
  public String word() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Parses {@link #word()}, case-insensitively. */
  public static JudgementFilter of(String word) {
    for (JudgementFilter filter : values()) {
      if (filter.word().equalsIgnoreCase(word.strip())) {
        return filter;
      }
    }
    String shown = word.length() > 40 ? word.substring(0, 39) + "…" : word;
    throw new IllegalArgumentException("judgement must be open, all, match, not-a-match, unsure or none, got '"
        + shown.replaceAll("\\p{Cntrl}", "?") + "'");
  }

  /** Whether a match with this verdict (null: none yet) is listed. */
  public boolean admits(Judgement judgement) {
    return switch (this) {
      case OPEN -> judgement != Judgement.NOT_A_MATCH;
      case ALL -> true;
      case MATCH -> judgement == Judgement.MATCH;
      case NOT_A_MATCH -> judgement == Judgement.NOT_A_MATCH;
      case UNSURE -> judgement == Judgement.UNSURE;
      case NONE -> judgement == null;
    };
  }
}
