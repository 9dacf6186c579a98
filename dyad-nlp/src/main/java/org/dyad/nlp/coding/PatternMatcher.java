package org.dyad.nlp.coding;

import java.util.List;
import java.util.Optional;
import org.dyad.nlp.verbs.EventCodes;
import org.dyad.nlp.verbs.VerbDictionary;
import org.dyad.nlp.verbs.VerbPattern;

/**
 * Matches a predicate against a verb dictionary: finds the verb's entry ({@link VerbLookup}: by an
 * irregular form the dictionary lists or by lemma, preferring an entry whose particles the predicate
 * has, "call off" over "call"), then tries the entry's block patterns.
 *
 * <p>A pattern matches when each element after {@code *} is found among the predicate's complement
 * tokens and each element before it among the subject side, each token used once. Top-level
 * elements may match in any order, since a dependency tree already groups the words; inside a noun
 * phrase {@code {...}} or a multi-word word the words must follow each other (a determiner or
 * adjective may sit between them); a prepositional phrase {@code (PREP ...)} needs a token with
 * that lemma introducing a phrase of the complement, and its elements inside that phrase. Words
 * match a token's form or lemma, case-insensitively; a plural pattern word matches its singular
 * lemma; an exact word ({@code WORD_}) matches the form only.
 *
 * <p>The pattern matching the most elements wins: words, and {@code %} when the subject is the
 * compound actor it asks for ("Iran and Syria"); a pattern of slots alone ({@code % *}) matches with
 * no word. Of patterns matching as many elements, one that places a target, then one asking for the
 * compound subject, then one written alike later counts (PETRARCH-2's reader lets
 * a later pattern replace an earlier identical one), else the one whose target phrase comes first,
 * else the one whose words reach less far from the verb in the tree, else the one matching more words as the
 * text writes them rather than through the lemma, else the first in the file. When none matches, the
 * verb's own code or else its block's applies. Cost: O(patterns × elements × tokens) per predicate.
 */
final class PatternMatcher {

  /** Relations of words inside a noun phrase that are not its head. */
  static final java.util.Set<String> PHRASE_INNER = java.util.Set.of("compound", "amod", "name", "det", "flat", "nmod:poss");

  private final VerbDictionary dictionary;
  private final VerbLookup verbs;

  PatternMatcher(VerbDictionary dictionary) {
    this.dictionary = dictionary;
    this.verbs = new VerbLookup(dictionary);
  }

  /** Whether the dictionary knows this verb at all. */
  boolean knows(Dependencies tree, int verb) {
    return verbs.knows(tree, verb);
  }

  Optional<VerbMatch> match(Dependencies tree, Predicate predicate) {
    VerbLookup.Candidate chosen = verbs.find(tree, predicate);
    if (chosen == null) {
      return Optional.empty();
    }
    VerbMatch best = null;
    PatternAttempt bestAttempt = null;
    for (VerbPattern pattern : chosen.block().patterns()) {
      PatternAttempt attempt = new PatternAttempt(dictionary, tree, predicate);
      if (!attempt.matches(pattern)) {
        continue;
      }
      if (bestAttempt == null || outranks(attempt, pattern, bestAttempt, best.pattern())) {
        best = new VerbMatch(chosen.block(), pattern, pattern.codes(), attempt.matchedTokens(), attempt.target(), attempt.source(), attempt.compound());
        bestAttempt = attempt;
      }
    }
    if (best != null) {
      return Optional.of(best);
    }
    EventCodes codes = chosen.entry().codes() != null ? chosen.entry().codes() : chosen.block().codes();
    return Optional.of(new VerbMatch(chosen.block(), null, codes, List.of(), 0, 0, false));
  }

  /**
   * Whether a pattern's match outranks the best so far: more elements matched (words, and a compound
   * subject asked for with {@code %}); of as many, one placing a target, then one asking for a compound
   * subject; then a pattern written alike later (it replaces the earlier), else the nearer target
   * phrase, else the words reaching less far from the verb in the tree ("cut diplomatic ties with Russia in protest at…" cut ties, it did not
   * call off a protest; "ripped up the armistice agreement" tore up an agreement), else, of words after
   * the verb, those ending sooner, else the words written as the text has them ("SANCTIONS" over
   * "SANCTION").
   */
  private static boolean outranks(PatternAttempt attempt, VerbPattern pattern, PatternAttempt best, VerbPattern bestPattern) {
    if (attempt.elements() != best.elements()) {
      return attempt.elements() > best.elements();
    }
    if (attempt.jointSubject() != best.jointSubject()) {
      // as specific, a pattern that places a target beats one that asks for a compound actor ("France and
      // Egypt launched war games with Italy" were games with Italy), which beats one that places none
      // ("France and Egypt launched military exercises" were joint exercises)
      PatternAttempt plain = attempt.jointSubject() ? best : attempt;
      return plain.target() > 0 ? plain == attempt : plain != attempt;
    }
    if (sameWords(bestPattern, pattern) || nearerTarget(attempt.target(), best.target())) {
      return true;
    }
    if (nearerTarget(best.target(), attempt.target())) {
      return false;
    }
    if (attempt.depth() != best.depth()) {
      return attempt.depth() < best.depth();
    }
    if (attempt.afterVerb() && best.afterVerb() && attempt.lastToken() != best.lastToken()) {
      // as deep, of words after the verb those that end sooner: the object before a phrase after it
      // ("broke off diplomatic relations with Russia in protest at …")
      return attempt.lastToken() < best.lastToken();
    }
    return attempt.exactForms() > best.exactForms();
  }

  /**
   * Of two patterns that match alike, the one whose target phrase comes first: "opened fire on
   * tourists at the temple" fired on the tourists.
   */
  private static boolean nearerTarget(int target, int bestTarget) {
    return target > 0 && bestTarget > 0 && target < bestTarget;
  }

  /** Whether two patterns are written alike, so the later replaces the earlier, as in PETRARCH-2's reader. */
  private static boolean sameWords(VerbPattern earlier, VerbPattern later) {
    return earlier.before().equals(later.before()) && earlier.after().equals(later.after());
  }
}
