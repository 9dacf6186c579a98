package org.dyad.nlp.eval;

import java.util.Random;

/** Seeded random edits of JSON text for the readers' never-crash tests. */
final class MutatedJson {

  // Weighted towards the characters JSON gives meaning to.
  private static final String ALPHABET = "{{}}[[]]\"\"\"::,,,  \\/*#0123456789-.eEtrufalsn"
      + "ABCxyz\u0000\u001F\u00e9\u0130\uD83D\uFFFD\uFEFF\r\n\t";

  private MutatedJson() {}

  /** {@code json} with {@code edits} random characters replaced, inserted or deleted. */
  static String mutate(Random random, String json, int edits) {
    StringBuilder mutated = new StringBuilder(json);
    for (int i = 0; i < edits; i++) {
      int at = random.nextInt(mutated.length() + 1);
      char c = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
      int edit = random.nextInt(3);
      if (edit == 0 || at == mutated.length()) {
        mutated.insert(at, c);
      } else if (edit == 1) {
        mutated.setCharAt(at, c);
      } else {
        mutated.deleteCharAt(at);
      }
    }
    return mutated.toString();
  }
}
