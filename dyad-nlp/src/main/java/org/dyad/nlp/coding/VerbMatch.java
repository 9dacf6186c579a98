package org.dyad.nlp.coding;

import java.util.List;
import org.dyad.nlp.verbs.EventCodes;
import org.dyad.nlp.verbs.VerbBlock;
import org.dyad.nlp.verbs.VerbPattern;

/**
 * What the verb dictionary says about a predicate.
 *
 * @param block the verb block of the predicate's verb
 * @param pattern the pattern that matched, or null when the verb's default code applies
 * @param codes the resulting code
 * @param matched the tokens the pattern's words matched, in sentence order
 * @param target the head of the phrase a {@code +} marked, or 0 when the pattern names none
 * @param source the head of the phrase a {@code $} marked, or 0
 * @param compound whether the pattern asked for a compound actor ({@code %})
 */
record VerbMatch(
    VerbBlock block, VerbPattern pattern, EventCodes codes, List<Integer> matched, int target, int source, boolean compound) {

  /** The same match giving {@code codes} instead. */
  VerbMatch withCodes(EventCodes codes) {
    return new VerbMatch(block, pattern, codes, matched, target, source, compound);
  }

  /** Whether the predicate is negated and this match's pattern did not ask for the negation itself. */
  boolean negatedAgainst(Dependencies tree, Predicate predicate) {
    if (!predicate.negated()) {
      return false;
    }
    for (int token : matched) {
      if (tree.isNegation(token) || tree.lemma(token).equals("NOT") || tree.form(token).equals("N'T")) {
        return false;
      }
    }
    return true;
  }

  /** How the event was found, for its provenance ({@code "AGREE: * (TO SANCTIONS)"}). */
  String rule() {
    return pattern == null ? block.name() + " " + codes : block.name() + ": " + pattern.text() + " " + codes;
  }
}
