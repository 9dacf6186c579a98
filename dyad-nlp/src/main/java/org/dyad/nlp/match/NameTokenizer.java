package org.dyad.nlp.match;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into the words names are made of, fast enough to run over every sentence before any
 * parsing: runs of letters and digits, keeping apostrophes inside a word ({@code Qa'ida}), splitting
 * at hyphens ({@code al-Qaeda} is two words), and keeping dotted acronyms whole ({@code U.S.},
 * {@code U.N.}). Everything else separates words. One pass, no regular expressions.
 */
public final class NameTokenizer {

  private NameTokenizer() {}

  public static List<Token> tokens(String text) {
    List<Token> tokens = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      if (!Character.isLetterOrDigit(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      int end = acronymEnd(text, i);
      if (end < 0) {
        end = i + 1;
        while (end < n && (Character.isLetterOrDigit(text.charAt(end)) || innerApostrophe(text, end))) {
          end++;
        }
        end = withCombiningMarks(text, end);
      }
      String word = text.substring(start, end);
      String key = NameKey.of(word);
      if (!key.isEmpty()) {
        tokens.add(new Token(word, key, start, end));
      }
      i = end;
    }
    return tokens;
  }

  // An apostrophe between two letters belongs to the word: Qa'ida, O'Neill, Iran's.
  private static boolean innerApostrophe(String text, int at) {
    return NameKey.isApostrophe(text.charAt(at))
        && at + 1 < text.length()
        && Character.isLetter(text.charAt(at + 1))
        && at > 0
        && Character.isLetter(text.charAt(at - 1));
  }

  private static int withCombiningMarks(String text, int end) {
    while (end < text.length() && Character.getType(text.charAt(end)) == Character.NON_SPACING_MARK) {
      end++;
    }
    return end;
  }

  /** The end of a dotted acronym such as U.S. or U.N. starting at {@code at}, or -1. */
  private static int acronymEnd(String text, int at) {
    int i = at;
    int letters = 0;
    while (i + 1 < text.length() && Character.isLetter(text.charAt(i)) && text.charAt(i + 1) == '.') {
      letters++;
      i += 2;
    }
    return letters >= 2 ? i : -1;
  }
}
