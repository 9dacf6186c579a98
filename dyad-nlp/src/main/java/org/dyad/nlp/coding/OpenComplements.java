package org.dyad.nlp.coding;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A verb and its open complement ({@code xcomp}: "agreed to lift", "has begun supplying"): which of
 * the two speaks for the event.
 */
final class OpenComplements {

  /** Verbs of beginning and going on, whose complement is the act. */
  private static final Set<String> GOING_ON = Set.of("BEGIN", "START", "CONTINUE", "RESUME", "KEEP");

  private final PatternMatcher matcher;

  OpenComplements(PatternMatcher matcher) {
    this.matcher = matcher;
  }

  /**
   * "has begun supplying rebels with missiles": a verb of beginning or going on, coded only through the
   * words of a coded open complement ("LAUNCH * MISSILE" for "begun"), does not speak for it; the
   * complement codes itself. A verb of intent or agreement does ("strives to boost trade" is 0311): its
   * patterns are written for its complement's words, unless they reached past the complement's object.
   */
  void dropBorrowedCodes(Dependencies tree, Predicate predicate, Map<Integer, Optional<VerbMatch>> matches) {
    Optional<VerbMatch> match = matches.get(predicate.verb());
    if (match.isEmpty() || match.get().codes().isNone()) {
      return;
    }
    boolean intent = IntentCodes.isIntentGovernor(tree, predicate.verb());
    boolean writtenForComplement = intent || tree.lemma(predicate.verb()).equals("AGREE");
    // a verb of intent coded by its block alone ("vowed to hunt down protesters" is no bare promise, 030):
    // the complement is the act announced, which IntentCodes reads as the intent or threat it is; and
    // "agreed to impose sanctions, including a ban on arms sales": a pattern that reached past the
    // complement's object into what qualifies it ("* &MILAID" for the arms) does not say what is agreed
    boolean complementSpeaks = match.get().pattern() == null
        ? intent
        : writtenForComplement && reachesPastObject(tree, predicate.verb(), match.get());
    if (!complementSpeaks && (match.get().pattern() == null || !GOING_ON.contains(tree.lemma(predicate.verb())))) {
      return;
    }
    for (int child : tree.children(predicate.verb(), "xcomp")) {
      Optional<VerbMatch> lower = matches.getOrDefault(child, Optional.empty());
      // a pattern naming a verb of the complement is about it: "failed to reach agreement", "prepared to resume shelling"
      boolean namesAVerb = match.get().matched().stream().anyMatch(token -> tree.isVerb(token) && tree.dominates(child, token));
      if (lower.isEmpty() || lower.get().codes().isNone() || namesAVerb || !tree.children(child, "nsubj", "nsubj:pass").isEmpty()) {
        continue;
      }
      if (complementSpeaks) {
        matches.put(predicate.verb(), Optional.empty());
        return;
      }
      Predicate own = without(tree, predicate, child);
      Optional<VerbMatch> ownMatch = matcher.match(tree, own);
      if (ownMatch.isEmpty() || ownMatch.get().codes().isNone()) {
        matches.put(predicate.verb(), ownMatch);
        return;
      }
    }
  }

  /**
   * Whether every word {@code match} matched besides the verb lies more than two steps below {@code
   * verb}, words inside a noun phrase counted at the phrase's head: further than the object of its
   * complement ("agreed to provide military aid" reaches the aid in two).
   */
  private static boolean reachesPastObject(Dependencies tree, int verb, VerbMatch match) {
    List<Integer> words = match.matched().stream().filter(token -> token != verb).toList();
    if (words.isEmpty()) {
      return false;
    }
    for (int token : words) {
      int steps = 0;
      for (int at = token; at != verb && at != 0 && steps <= tree.size(); at = tree.head(at)) {
        steps += PatternMatcher.PHRASE_INNER.contains(tree.baseRelation(at)) ? 0 : 1;
      }
      if (steps <= 2) {
        return false;
      }
    }
    return true;
  }

  /** The governing verb's predicate without the words of its complement's clause. */
  static Predicate without(Dependencies tree, Predicate upper, int complement) {
    return upper.withoutComplement(new HashSet<>(tree.subtree(complement, Set.of())));
  }

  /** Whether a governing verb carries this open complement's event or negates it. */
  static boolean governedAway(Dependencies tree, Predicate predicate, Map<Integer, Optional<VerbMatch>> matches,
      Map<Integer, Predicate> byVerb, CodingConvention convention) {
    int verb = predicate.verb();
    for (int steps = 0; steps < 4 && tree.baseRelation(verb).equals("xcomp"); steps++) {
      int governor = tree.head(verb);
      if (!tree.isVerb(governor) && IntentCodes.isIntentGovernor(tree, governor)) {
        // "declared itself ready to open its airspace": the adjective's complement is the act announced,
        // which no code of the verb above it combines with
        return false;
      }
      Optional<VerbMatch> governing = matches.getOrDefault(governor, Optional.empty());
      Predicate governingPredicate = byVerb.get(governor);
      // "failed to reach agreement" reports that nothing happened; with PETRARCH's practice a negation
      // reaches only the verb it stands on when that verb has no code ("won't try to clash")
      boolean coded = governing.isPresent() && !governing.get().codes().isNone();
      boolean negatedAbove = governingPredicate != null && governingPredicate.negated()
          && !IntentCodes.negationAffirms(tree, governor);
      if (coded || negatedAbove && convention == CodingConvention.CAMEO || tree.lemma(governor).equals("FAIL")) {
        return true;
      }
      verb = governor;
    }
    return false;
  }
}
