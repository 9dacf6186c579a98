package org.dyad.nlp.resolve;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dyad.nlp.dictionary.ActorEntry;
import org.dyad.nlp.dictionary.CodeSpan;

/**
 * Readable names for actor codes, taken from the dictionaries themselves: the primary phrase of
 * the first entry that carries a code undated ({@code IRN} is "Iran", {@code IMGMUSALQ}
 * "al-Qaeda"). A composed code takes the name of its longest named prefix ({@code IRNGOV} is
 * "Iran"), since an agent says which part of the actor acted, not who the actor is.
 */
public final class ActorNames {

  private static final Set<String> LOWER_CASE_WORDS =
      Set.of("of", "the", "and", "for", "al", "el", "ad", "ash", "bin", "ibn", "de", "la", "du", "des", "in", "on");

  private final Map<String, String> byCode = new HashMap<>();
  private final Set<String> states = new HashSet<>();

  public ActorNames(List<ActorEntry> entries) {
    for (ActorEntry entry : entries) {
      for (CodeSpan span : entry.codes()) {
        ActorKind kind = ActorKind.of(entry, span.code());
        if ((!span.isDated() || kind == ActorKind.STATE) && kind != ActorKind.PERSON) {
          byCode.putIfAbsent(span.code(), display(entry));
        }
        if (kind == ActorKind.STATE) {
          states.add(span.code());
        }
      }
    }
  }

  /**
   * The name of the state {@code code} starts with ({@code USAGOV} is "United States", not the
   * State Department that also carries USAGOV), else of its longest named prefix, else the code.
   */
  public String nameOf(String code) {
    if (code.length() > 3 && states.contains(code.substring(0, 3)) && byCode.containsKey(code.substring(0, 3))) {
      return byCode.get(code.substring(0, 3));
    }
    for (int length = code.length(); length >= 3; length--) {
      String name = byCode.get(code.substring(0, length));
      if (name != null) {
        return name;
      }
    }
    return code;
  }

  /**
   * An entry's primary phrase as a reader expects it: "united states", "al-qaeda" and "nato"
   * become "United States", "al-Qaeda" and "NATO" (an acronym when it spells the initials of one
   * of the entry's longer names).
   */
  public static String display(ActorEntry entry) {
    String phrase = entry.phrase();
    if (!phrase.contains(" ") && isAcronymOfSynonym(phrase, entry.synonyms())) {
      return phrase.toUpperCase(Locale.ROOT);
    }
    return titleCase(phrase);
  }

  /** Capitalises each word but the particles, keeping the first word's particle lower ("al-Qaeda"). */
  public static String titleCase(String phrase) {
    StringBuilder out = new StringBuilder(phrase.length());
    boolean wordStart = true;
    int wordIndex = 0;
    for (int i = 0; i < phrase.length(); i++) {
      char c = phrase.charAt(i);
      if (wordStart && Character.isLetter(c)) {
        String word = wordAt(phrase, i);
        boolean particle = LOWER_CASE_WORDS.contains(word) && (wordIndex > 0 || nextIsHyphen(phrase, i + word.length()));
        out.append(particle ? c : Character.toUpperCase(c));
        wordStart = false;
        wordIndex++;
      } else {
        out.append(c);
        wordStart = c == ' ' || c == '-';
      }
    }
    return out.toString();
  }

  private static String wordAt(String phrase, int start) {
    int end = start;
    while (end < phrase.length() && Character.isLetter(phrase.charAt(end))) {
      end++;
    }
    return phrase.substring(start, end);
  }

  private static boolean nextIsHyphen(String phrase, int at) {
    return at < phrase.length() && phrase.charAt(at) == '-';
  }

  private static boolean isAcronymOfSynonym(String word, List<String> synonyms) {
    String bare = word.replace(".", "");
    for (String synonym : synonyms) {
      StringBuilder initials = new StringBuilder();
      for (String part : synonym.split("[ \\-]+")) {
        if (!part.isEmpty() && !Set.of("of", "the", "and", "for").contains(part)) {
          initials.append(part.charAt(0));
        }
      }
      if (initials.length() > 1 && initials.toString().equals(bare)) {
        return true;
      }
    }
    return false;
  }
}
