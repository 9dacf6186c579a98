package org.dyad.nlp.match;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The comparison key of a name word, shared by dictionary phrases and text tokens so that
 * spelling noise does not stop a match: lower case, no diacritics ({@code Qaïda} = {@code qaida}),
 * no apostrophes of any kind ({@code Qa'ida} = {@code Qaida}), no dots ({@code U.S.} = {@code US}),
 * and a trailing possessive {@code 's} dropped. Hyphens separate words ({@code al-Qaeda} = {@code
 * al Qaeda}); transliteration variants that differ in letters ({@code Qaeda}/{@code Qaida}) are
 * the dictionaries' business, as separate synonyms.
 */
public final class NameKey {

  private NameKey() {}

  /** The key of one word (no spaces or hyphens in it); empty when nothing is left. */
  public static String of(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    if (lower.endsWith("'s") || lower.endsWith("’s")) {
      lower = lower.substring(0, lower.length() - 2);
    }
    StringBuilder key = new StringBuilder(lower.length());
    String decomposed = Normalizer.normalize(lower, Normalizer.Form.NFD);
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK || isApostrophe(c) || c == '.') {
        continue;
      }
      key.append(c);
    }
    return key.toString();
  }

  /** The keys of a dictionary phrase in normal form ({@code "al-qa'ida network"}), hyphens splitting. */
  public static List<String> ofPhrase(String normalPhrase) {
    List<String> keys = new ArrayList<>();
    for (String word : normalPhrase.split("[\\s\\-‐‑–]+")) {
      String key = of(word);
      if (!key.isEmpty()) {
        keys.add(key);
      }
    }
    return keys;
  }

  static boolean isApostrophe(char c) {
    return c == '\'' || c == '’' || c == '‘' || c == 'ʼ' || c == 'ʿ' || c == 'ʾ' || c == '`' || c == '´';
  }
}
