package org.dyad.nlp.parse;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the plural noun the tagger read as a verb. In "Taliban insurgents killed four Canadian
 * soldiers" the tagger may read "insurgents" as a present tense ({@code VBZ}); the parser then
 * makes "Taliban" the subject of a passive "insurgents killed", and the killers the killed.
 *
 * <p>A present tense cannot be followed at once by a past tense or a past participle that opens its
 * own phrase, except after the auxiliaries and linking verbs listed here ("has killed", "seems
 * settled"). So a lower-case word ending in "s", tagged {@code VBZ}, right after a name, a noun, an
 * adjective, a number or a determiner, and right before a past form that is itself followed by a
 * determiner, a number, a pronoun, a preposition, a particle or the end of the clause, is a plural
 * noun ({@code NNS}). A past participle followed by a noun stays an adjective of the verb's object:
 * "Obama vows renewed effort".
 */
final class NounsReadAsVerbs {

  private static final Set<String> BEFORE = Set.of("NNP", "NNPS", "NN", "NNS", "JJ", "CD", "DT");
  private static final Set<String> PAST = Set.of("VBD", "VBN");
  private static final Set<String> AFTER_PAST = Set.of("DT", "CD", "PRP", "PRP$", "IN", "RP", "TO", ",", ".");
  private static final Set<String> LINKING = Set.of("is", "has", "was", "does", "gets", "seems", "remains", "becomes",
      "appears", "looks", "goes", "keeps", "stays", "feels", "sounds");

  private NounsReadAsVerbs() {}

  /** Retags, in place, each plural noun among {@code tokens} that the tagger read as a present tense. */
  static void repair(List<CoreLabel> tokens) {
    for (int at = 1; at + 1 < tokens.size(); at++) {
      CoreLabel token = tokens.get(at);
      String word = token.word();
      if ("VBZ".equals(token.tag()) && Character.isLowerCase(word.charAt(0)) && word.endsWith("s")
          && !LINKING.contains(word.toLowerCase(Locale.ROOT)) && BEFORE.contains(tokens.get(at - 1).tag())
          && PAST.contains(tokens.get(at + 1).tag())
          && (at + 2 == tokens.size() || AFTER_PAST.contains(tokens.get(at + 2).tag()))) {
        token.setTag("NNS");
      }
    }
  }
}
