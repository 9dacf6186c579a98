package org.dyad.nlp.coding;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dyad.core.nlp.Mention;
import org.dyad.nlp.verbs.EventCodes;

/**
 * "M23 rebels captured Goma", "Taliban fighters seized Kunduz", "Taliban forces took Kabul": a place
 * seized, captured or taken is territory occupied (192), though the verb's own code is for property
 * seized (171) or people captured (173). A verb dictionary cannot say so, since its patterns name
 * words, not places; the place is the object phrase when it is a dictionary name of a state or of one
 * of its places, and it is the target.
 */
final class TakenPlaces {

  /** CAMEO's "occupy territory". */
  static final String OCCUPATION = "192";

  private static final Set<String> TAKING = Set.of("SEIZE", "CAPTURE", "TAKE", "RETAKE", "RECAPTURE", "GRAB", "STORM");
  /** How the resolver names a state or place by its name, not by a demonym, a role or a pronoun. */
  private static final String NAMED = "phrase";

  private TakenPlaces() {}

  /**
   * The match recoded as an occupation of its object, when {@code match} is the verb's default (no
   * pattern matched), the verb takes, the clause is active and its object is a place's name; else
   * {@code match} as it was.
   */
  static Optional<VerbMatch> recode(Dependencies tree, ActorSlots slots, Predicate predicate, Optional<VerbMatch> match) {
    if (match.isEmpty() || match.get().pattern() != null || predicate.passive()
        || !TAKING.contains(tree.lemma(predicate.verb()))) {
      return match;
    }
    List<Integer> objects = predicate.objects();
    if (objects.size() != 1) {
      return match;
    }
    Mention place = slots.at(objects.getFirst());
    if (place == null || place.code().length() != 3 || !place.rule().equals(NAMED)) {
      return match;
    }
    VerbMatch taken = match.get();
    return Optional.of(
        new VerbMatch(taken.block(), null, EventCodes.of(OCCUPATION), taken.matched(), objects.getFirst(), 0, false));
  }
}
