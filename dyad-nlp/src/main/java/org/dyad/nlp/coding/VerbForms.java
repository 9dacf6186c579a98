package org.dyad.nlp.coding;

import java.util.List;

/**
 * Whether a word written as a regular inflection of a verb is one English allows: "departs" and
 * "departed" are forms of DEPART, "departes" is not, whatever a lemmatiser makes of it. A verb
 * dictionary matches a lemma only through a form that could be the verb's; a misspelt form is not
 * the verb (PETRARCH's validation suites test this).
 *
 * <p>Only a word made of the base (or the base less its final {@code e} or {@code y}) and one of the
 * endings {@code s}, {@code es}, {@code d}, {@code ed}, {@code ing}, {@code ies}, {@code ied} is
 * judged; anything else (an irregular form such as "fought") is left to the dictionary and the
 * lemmatiser.
 */
final class VerbForms {

  private static final List<String> SIBILANT_ENDINGS = List.of("s", "x", "z", "ch", "sh", "o");

  private VerbForms() {}

  /** True when {@code form} is {@code base} with a regular ending English would not give it. */
  static boolean misinflected(String verb, String word) {
    String base = verb.toLowerCase(java.util.Locale.ROOT);
    String form = word.toLowerCase(java.util.Locale.ROOT);
    if (base.isEmpty() || form.length() <= base.length() || !form.startsWith(base.substring(0, base.length() - 1))) {
      return false;
    }
    boolean sibilant = SIBILANT_ENDINGS.stream().anyMatch(base::endsWith);
    boolean endsWithE = base.endsWith("e");
    boolean consonantY = base.length() > 1 && base.endsWith("y") && "aeiou".indexOf(base.charAt(base.length() - 2)) < 0;
    if (form.startsWith(base)) {
      String ending = form.substring(base.length());
      return switch (ending) {
        case "s" -> sibilant || consonantY;
        case "es" -> !sibilant;
        case "d" -> !endsWithE;
        case "ed" -> endsWithE || consonantY;
        default -> false;
      };
    }
    String stemEnding = form.substring(base.length() - 1);
    return switch (stemEnding) {
      case "ies", "ied" -> !consonantY;
      default -> false;
    };
  }
}
