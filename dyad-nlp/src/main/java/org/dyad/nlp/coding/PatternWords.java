package org.dyad.nlp.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.dyad.nlp.verbs.PatternElement.Word;

/**
 * The words a pattern word asks for, one per token: {@code ARMED_FORCES} is two, and a word matched
 * only as written keeps a trailing {@code _}. The pattern matcher tries the same dictionary words on
 * every predicate, so each word is split once and remembered; the keys come from the loaded
 * dictionaries only, and past {@value #CAPACITY} words they are split afresh rather than kept.
 * Thread-safe.
 */
final class PatternWords {

  private static final int CAPACITY = 200_000;
  private static final Pattern WORD_BREAKS = Pattern.compile("[ _]+");
  private static final Map<Word, List<String>> KNOWN = new ConcurrentHashMap<>();

  private PatternWords() {}

  /** The token words of {@code word}, in order. */
  static List<String> of(Word word) {
    List<String> known = KNOWN.get(word);
    if (known != null) {
      return known;
    }
    List<String> words = new ArrayList<>();
    for (String part : split(word.text())) {
      if (!part.isEmpty()) {
        words.add(word.exact() ? part + "_" : part);
      }
    }
    List<String> split = List.copyOf(words);
    if (KNOWN.size() < CAPACITY) {
      KNOWN.put(word, split);
    }
    return split;
  }

  /** {@code text} split at blanks and underscores, as {@code String.split("[ _]+")} splits it. */
  static String[] split(String text) {
    return WORD_BREAKS.split(text);
  }
}
