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
 *
 * <p>The other readings are of compound nouns. In "the EU on Monday imposed asset freezes on Russian
 * officials" the tagger may read "freezes" as the verb and "imposed" as an adjective of "asset". A
 * singular noun before a present tense that is followed by a preposition, a conjunction or
 * punctuation (so it has no object) makes one plural noun with it when the noun follows a past form
 * that follows a name, a noun, a pronoun or a number (so the past form is no adjective after a
 * determiner: "the imposed tax hurts"), or follows a conjunction after a plural noun in a sentence
 * told in the past ("imposed travel bans and asset freezes on"). In "imposed asset freezes and
 * travel bans on" the tagger may read "travel" as a base form joined to "imposed": a base form
 * between a conjunction after a plural noun and a plural noun followed by a preposition, where the
 * nearest verb before is a past tense (so no base form it could be joined to), is a noun.
 */
final class NounsReadAsVerbs {

  private static final Set<String> BEFORE = Set.of("NNP", "NNPS", "NN", "NNS", "JJ", "CD", "DT");
  private static final Set<String> PAST = Set.of("VBD", "VBN");
  private static final Set<String> AFTER_PAST = Set.of("DT", "CD", "PRP", "PRP$", "IN", "RP", "TO", ",", ".");
  private static final Set<String> SUBJECT_END = Set.of("NNP", "NNPS", "NN", "NNS", "PRP", "CD");
  private static final Set<String> NO_OBJECT = Set.of("IN", "CC", "TO", ",", ".", ":");
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
      } else if (endsCompound(tokens, at)) {
        token.setTag("NNS");
        if (PAST.contains(tokens.get(at - 2).tag())) {
          tokens.get(at - 2).setTag("VBD");
        }
      } else if (beginsCompound(tokens, at)) {
        token.setTag("NN");
      }
    }
  }

  /** Whether the present tense at {@code at} ends a compound noun that is an object ("imposed asset freezes"). */
  private static boolean endsCompound(List<CoreLabel> tokens, int at) {
    CoreLabel token = tokens.get(at);
    String word = token.word();
    if (at < 3 || !"VBZ".equals(token.tag()) || !Character.isLowerCase(word.charAt(0)) || !word.endsWith("s")
        || LINKING.contains(word.toLowerCase(Locale.ROOT)) || !lowerCase(tokens.get(at - 1), "NN")
        || !NO_OBJECT.contains(tokens.get(at + 1).tag())) {
      return false;
    }
    String before = tokens.get(at - 2).tag();
    return PAST.contains(before) && SUBJECT_END.contains(tokens.get(at - 3).tag())
        || "CC".equals(before) && "NNS".equals(tokens.get(at - 3).tag()) && "VBD".equals(lastVerbBefore(tokens, at - 3));
  }

  /** Whether the base form at {@code at} begins a compound noun joined to a plural object ("freezes and travel bans on"). */
  private static boolean beginsCompound(List<CoreLabel> tokens, int at) {
    return at >= 2 && at + 2 < tokens.size() && lowerCase(tokens.get(at), "VB") && "CC".equals(tokens.get(at - 1).tag())
        && "NNS".equals(tokens.get(at - 2).tag()) && "NNS".equals(tokens.get(at + 1).tag())
        && "IN".equals(tokens.get(at + 2).tag()) && "VBD".equals(lastVerbBefore(tokens, at - 2));
  }

  private static boolean lowerCase(CoreLabel token, String tag) {
    return tag.equals(token.tag()) && Character.isLowerCase(token.word().charAt(0));
  }

  /** The tag of the nearest verb or modal before {@code at}; empty when there is none. */
  private static String lastVerbBefore(List<CoreLabel> tokens, int at) {
    for (int before = at - 1; before >= 0; before--) {
      String tag = tokens.get(before).tag();
      if (tag.startsWith("VB") || "MD".equals(tag)) {
        return tag;
      }
    }
    return "";
  }
}
