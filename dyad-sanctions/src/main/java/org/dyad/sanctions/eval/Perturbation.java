package org.dyad.sanctions.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The ways the query generator alters a listed name, each the kind of difference found between a
 * list and a document. Each returns null when it does not apply to the name (a one-word name cannot
 * be reordered), so the generator picks another.
 */
public enum Perturbation {

  /** {@code KHALIL, Ezedin} becomes {@code Ezedin KHALIL}; a name without a comma has its words rotated. */
  REORDER("reorder") {
    @Override
    String apply(String name, Random random) {
      int comma = name.indexOf(',');
      if (comma > 0 && comma < name.length() - 1) {
        return name.substring(comma + 1).strip() + " " + name.substring(0, comma).strip();
      }
      List<String> words = new ArrayList<>(List.of(name.strip().split("\\s+")));
      if (words.size() < 2) {
        return null;
      }
      Collections.rotate(words, 1 + random.nextInt(words.size() - 1));
      return String.join(" ", words);
    }
  },

  /** An Arabic article or {@code abd}/{@code abu} particle dropped, joined to its word, or split from it. */
  PARTICLE("particle") {
    @Override
    String apply(String name, Random random) {
      List<String> options = new ArrayList<>();
      for (String[] rewrite : PARTICLE_REWRITES) {
        String changed = name.replaceFirst(rewrite[0], rewrite[1]);
        if (!changed.equals(name)) {
          options.add(changed);
        }
      }
      return options.isEmpty() ? null : options.get(random.nextInt(options.size()));
    }
  },

  /** One spelling rule of another transliteration scheme: {@code u}/{@code ou}, {@code q}/{@code k}, {@code ee}/{@code i}... */
  TRANSLITERATION("transliteration") {
    @Override
    String apply(String name, Random random) {
      List<String> options = new ArrayList<>();
      String lower = name.toLowerCase(Locale.ROOT);
      for (String[] rewrite : SPELLING_REWRITES) {
        int at = lower.indexOf(rewrite[0], 1);
        if (at > 0) {
          options.add(name.substring(0, at) + rewrite[1] + name.substring(at + rewrite[0].length()));
        }
      }
      return options.isEmpty() ? null : options.get(random.nextInt(options.size()));
    }
  },

  /** One typing error in a word of four letters or more: a letter inserted, deleted, replaced or two swapped. */
  EDIT("edit") {
    @Override
    String apply(String name, Random random) {
      List<int[]> words = new ArrayList<>();
      java.util.regex.Matcher word = java.util.regex.Pattern.compile("\\p{L}{4,}").matcher(name);
      while (word.find()) {
        words.add(new int[] {word.start(), word.end()});
      }
      if (words.isEmpty()) {
        return null;
      }
      int[] chosen = words.get(random.nextInt(words.size()));
      // Not the first letter: readers rarely mistype it, and initials carry names.
      int at = chosen[0] + 1 + random.nextInt(chosen[1] - chosen[0] - 1);
      char letter = (char) ('a' + random.nextInt(26));
      if (Character.isUpperCase(name.charAt(at))) {
        letter = Character.toUpperCase(letter);
      }
      return switch (random.nextInt(4)) {
        case 0 -> name.substring(0, at) + letter + name.substring(at);
        case 1 -> name.substring(0, at) + name.substring(at + 1);
        case 2 -> name.substring(0, at) + letter + name.substring(at + 1);
        default -> at + 1 < chosen[1]
            ? name.substring(0, at) + name.charAt(at + 1) + name.charAt(at) + name.substring(at + 2)
            : name.substring(0, at) + name.substring(at + 1);
      };
    }
  };

  /** Regular expression and replacement pairs for {@link #PARTICLE}. */
  private static final String[][] PARTICLE_REWRITES = {
    {"(?i)\\bal-", ""},
    {"(?i)\\bal-", "Al"},
    {"(?i)\\bal ", ""},
    {"(?i)\\bel-", ""},
    {"(?i)\\bAbd al-", "Abdel "},
    {"(?i)\\bAbd al-", "Abdul"},
    {"(?i)\\bAbdul ", "Abdul"},
    {"(?i)\\bAbdel ", "Abdel"},
    {"(?i)\\bAbdul(\\p{L})", "Abdul $1"},
    {"(?i)\\bAbu ", "Abu"},
    {"(?i)\\bAbou ", "Abou"},
    {"(?i)\\bbin ", ""},
    {"(?i)\\bibn ", "bin "},
  };

  /** Lower-case spelling and its other transliteration, for {@link #TRANSLITERATION}. */
  private static final String[][] SPELLING_REWRITES = {
    {"ou", "u"}, {"u", "ou"}, {"oo", "u"}, {"ee", "i"}, {"i", "ee"}, {"q", "k"}, {"k", "q"}, {"j", "dj"},
    {"sh", "ch"}, {"ay", "ai"}, {"ai", "ay"}, {"ei", "ay"}, {"y", "i"}, {"mm", "m"}, {"ss", "s"}, {"dd", "d"},
    {"e", "i"}, {"o", "u"}, {"kh", "h"}, {"dh", "z"}, {"th", "t"}, {"gh", "g"}, {"w", "ou"}, {"ll", "l"},
  };

  private final String family;

  Perturbation(String family) {
    this.family = family;
  }

  /** The family's name in the evaluation report. */
  public String family() {
    return family;
  }

  /** The altered name, or null when this perturbation does not apply to {@code name}. */
  abstract String apply(String name, Random random);
}
