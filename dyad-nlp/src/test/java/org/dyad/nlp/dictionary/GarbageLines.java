package org.dyad.nlp.dictionary;

import java.util.Random;

/** Seeded random dictionary-like text for the readers' never-throw tests (also the verb readers'). */
public final class GarbageLines {

  // Weighted towards the characters the formats give meaning to.
  private static final String ALPHABET =
      "[[[]]]{{}}!!~~++##<<>>--__  \t\t0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcxyz=,./'\"\\"
          + "\u0000\u001A\u007F\u00e9\u011f\u0130\uFFFD\uFEFF\r";

  private GarbageLines() {}

  /** {@code count} random lines, each up to 60 characters, joined by newlines. */
  public static String text(Random random, int count) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < count; i++) {
      int length = random.nextInt(60);
      for (int j = 0; j < length; j++) {
        text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
      }
      text.append('\n');
    }
    return text.toString();
  }

  /** {@code text} with {@code edits} random characters replaced, inserted or deleted. */
  public static String mutate(Random random, String text, int edits) {
    StringBuilder mutated = new StringBuilder(text);
    for (int i = 0; i < edits; i++) {
      int at = random.nextInt(mutated.length() + 1);
      char c = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
      switch (random.nextInt(3)) {
        case 0 -> mutated.insert(at, c);
        case 1 -> {
          if (at < mutated.length()) {
            mutated.setCharAt(at, c);
          }
        }
        default -> {
          if (at < mutated.length()) {
            mutated.deleteCharAt(at);
          }
        }
      }
    }
    return mutated.toString();
  }

  /** How many lines {@code text} has, counting as the readers do. */
  public static int lineCount(String text) {
    return (int) text.lines().count();
  }
}
