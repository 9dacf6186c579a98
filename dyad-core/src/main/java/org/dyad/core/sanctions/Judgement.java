package org.dyad.core.sanctions;

import java.util.Locale;

/** An analyst's verdict on whether a name in the documents is a listed entity. */
public enum Judgement {
  MATCH,
  NOT_A_MATCH,
  UNSURE;

  /** The word used on the command line and in JSON: {@code match}, {@code not-a-match}, {@code unsure}. */
  public String word() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Parses {@link #word()}, case-insensitively. */
  public static Judgement of(String word) {
    for (Judgement judgement : values()) {
      if (judgement.word().equalsIgnoreCase(word.strip())) {
        return judgement;
      }
    }
    throw new IllegalArgumentException("a judgement is match, not-a-match or unsure, got '" + word + "'");
  }
}
