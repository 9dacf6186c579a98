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
  // By text, one map per exactness: String keys compare faster than the records' generated equals.
  private static final Map<String, List<String>> KNOWN_INFLECTED = new ConcurrentHashMap<>();
  private static final Map<String, List<String>> KNOWN_EXACT = new ConcurrentHashMap<>();

  private PatternWords() {}

  /** The token words of {@code word}, in order. */
  static List<String> of(Word word) {
    Map<String, List<String>> known = word.exact() ? KNOWN_EXACT : KNOWN_INFLECTED;
    List<String> words = known.get(word.text());
    if (words != null) {
      return words;
    }
    words = split(word);
    if (known.size() < CAPACITY) {
      known.put(word.text(), words);
    }
    return words;
  }

  private static List<String> split(Word word) {
    List<String> words = new ArrayList<>();
    for (String part : split(word.text())) {
      if (!part.isEmpty()) {
        words.add(word.exact() ? part + "_" : part);
      }
    }
    return List.copyOf(words);
  }

  /** {@code text} split at blanks and underscores, as {@code String.split("[ _]+")} splits it. */
  static String[] split(String text) {
    return WORD_BREAKS.split(text);
  }
}
