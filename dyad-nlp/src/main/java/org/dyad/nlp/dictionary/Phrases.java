package org.dyad.nlp.dictionary;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one normal form for dictionary phrases, so that a phrase read from a file and a phrase a
 * caller looks up compare equal.
 *
 * <p>The files join words with {@code _} or with spaces interchangeably (PETRARCH splits on both),
 * and a trailing {@code _} only says "the word ends here". The normal form is therefore the
 * tokens split on underscores and whitespace, lower-cased with {@link Locale#ROOT}, joined by one
 * space: {@code "AL_QAEDA_"} and {@code " Al  Qaeda"} both become {@code "al qaeda"}.
 */
public final class Phrases {

  private static final Pattern SEPARATORS = Pattern.compile("[_\\s]+");

  private Phrases() {}

  /** Returns the normal form of {@code phrase}; empty when it holds no token. */
  public static String normalise(String phrase) {
    String spaced = SEPARATORS.matcher(phrase).replaceAll(" ").strip();
    return spaced.toLowerCase(Locale.ROOT);
  }

  /** Returns {@code phrase} if it is a non-empty phrase in normal form; the records' check. */
  static String requireNormal(String phrase, String what) {
    if (phrase == null) {
      throw new NullPointerException(what);
    }
    if (phrase.isEmpty() || !phrase.equals(normalise(phrase))) {
      throw new IllegalArgumentException(what + " is not in normal form: '" + phrase + "'");
    }
    return phrase;
  }
}
