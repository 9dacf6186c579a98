package org.dyad.nlp.parse;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the adjective in "-ing" the tagger read as a verb. In "King Mohammed promised sweeping
 * constitutional reforms" the tagger may read "sweeping" as a gerund ({@code VBG}); the parser then
 * makes the reforms its object and leaves the promise without one.
 *
 * <p>The words listed here are adjectives before a noun in news prose, almost never verbs taking an
 * object there ("a lasting peace settlement", "far-reaching changes", "outstanding issues"). Such a
 * word tagged {@code VBG} and followed by an adjective or a noun is an adjective ({@code JJ}).
 * Words that are often verbs before a noun ("mounting attacks", "growing opium") are not listed.
 */
final class AdjectivesReadAsVerbs {

  private static final Set<String> ADJECTIVES = Set.of("sweeping", "lasting", "far-reaching", "wide-ranging", "ongoing",
      "outstanding", "unrelenting", "unwavering", "scathing", "stinging", "long-standing", "long-lasting", "everlasting",
      "thriving", "dwindling", "soaring", "looming", "lingering", "simmering", "festering", "burgeoning");
  private static final Set<String> NOUN_PHRASE = Set.of("JJ", "NN", "NNS", "NNP", "NNPS");

  private AdjectivesReadAsVerbs() {}

  /** Retags, in place, each listed adjective among {@code tokens} that the tagger read as a gerund. */
  static void repair(List<CoreLabel> tokens) {
    for (int at = 0; at + 1 < tokens.size(); at++) {
      CoreLabel token = tokens.get(at);
      if ("VBG".equals(token.tag()) && ADJECTIVES.contains(token.word().toLowerCase(Locale.ROOT))
          && NOUN_PHRASE.contains(tokens.get(at + 1).tag())) {
        token.setTag("JJ");
      }
    }
  }
}
