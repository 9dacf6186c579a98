package org.dyad.nlp.parse;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Set;

/**
 * Finds the past tense the tagger read as an adjective. A verb it has not seen in training, or seen
 * mostly as an adjective, in "-ed" ("Kyrgyz authorities clamped a curfew on Osh", "Uzbekistan
 * unblocked the websites of Voice of America") may be tagged {@code JJ}; the parser then makes it a
 * modifier of the subject, and the sentence has no act.
 *
 * <p>An adjective is followed by a noun, an adjective or an adverb, or ends the phrase; never by a
 * determiner or a possessive pronoun opening a new noun phrase, and after a noun it does not modify
 * the name that follows ("workers paralysed Paris"). So a lower-case word ending in "ed", tagged
 * {@code JJ}, right after a noun or a personal pronoun (so it is no predicate adjective after "were",
 * as in "were worried the talks would fail") and right before a determiner, a possessive pronoun or,
 * unless hyphenated ("rebel-controlled"), a name, is a past tense ({@code VBD}).
 */
final class PastTensesReadAsAdjectives {

  private static final Set<String> SUBJECT_END = Set.of("NNP", "NNPS", "NN", "NNS", "PRP");
  private static final Set<String> PHRASE_START = Set.of("DT", "PRP$");
  private static final Set<String> NAME = Set.of("NNP", "NNPS");

  private PastTensesReadAsAdjectives() {}

  /** Retags, in place, each past tense among {@code tokens} that the tagger read as an adjective. */
  static void repair(List<CoreLabel> tokens) {
    for (int at = 1; at + 1 < tokens.size(); at++) {
      CoreLabel token = tokens.get(at);
      String word = token.word();
      if ("JJ".equals(token.tag()) && word.length() > 4 && word.endsWith("ed") && Character.isLowerCase(word.charAt(0))
          && SUBJECT_END.contains(tokens.get(at - 1).tag()) && (PHRASE_START.contains(tokens.get(at + 1).tag())
              || !word.contains("-") && NAME.contains(tokens.get(at + 1).tag()))) {
        token.setTag("VBD");
      }
    }
  }
}
