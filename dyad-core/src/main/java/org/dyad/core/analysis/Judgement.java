package org.dyad.core.analysis;

import java.util.Locale;

/** An analyst's verdict on one coded event. */
public enum Judgement {
  /** The event is coded right; it counts as coded. */
  RIGHT,
  /** The event is not there; every analysis leaves it out. */
  WRONG,
  /** The event is there under another code; every analysis counts it under that code. */
  RECODE;

  public static Judgement parse(String text) {
    try {
      return valueOf(text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("a judgement is right, wrong or recode, got '" + text + "'");
    }
  }

  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }
}
