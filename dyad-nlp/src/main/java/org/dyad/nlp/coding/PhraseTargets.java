package org.dyad.nlp.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.dyad.core.nlp.Mention;

/**
 * The target of a coded act whose arguments name no one, found the way TABARI found every target: the
 * first actor named after the verb. The search stays inside the verb's own phrase, so it never reaches
 * the act's subject or an act coordinated with it ("seized a tonne of cocaine and arrested a British
 * businessman"), and it passes over what is no party: a place the act was in, a sponsor ("U.N.-sponsored")
 * and what something is about ("in anger over an American-made film"); it leaves a clause with a
 * subject of its own (but for a threat's, when that subject is the source: "warned that he would close
 * the U.N. office") or one coded on its own to that clause's act, and an apposition ("the city, a
 * stronghold of al-Qaida") to the noun it describes. "Seized control of oil projects run by
 * U.S. firms" is on the United States; "paraded tanks through Pyongyang in a show of strength aimed at
 * South Korea" on South Korea.
 *
 * <p>The actor found is marked as implied (its rule starts with {@link #RULE}), which lowers the event's
 * confidence and names the step in its provenance.
 */
final class PhraseTargets {

  /** The rule prefix of an actor found this way. */
  static final String RULE = "first in phrase";

  /** The root of threats (13), whose target may stand in the source's own act threatened. */
  private static final String THREAT = "13";

  /** Relations below the verb that lead to another party of the act, or describe a noun again. */
  private static final Set<String> OTHER_PARTIES = Set.of("nsubj", "csubj", "appos");

  private final Dependencies tree;
  private final ActorSlots slots;
  private final MentionRoles roles;
  private final Map<Integer, Optional<VerbMatch>> matches;

  PhraseTargets(Dependencies tree, ActorSlots slots, MentionRoles roles, Map<Integer, Optional<VerbMatch>> matches) {
    this.tree = tree;
    this.slots = slots;
    this.roles = roles;
    this.matches = matches;
  }

  /** The first actor after the predicate's verb inside its phrase that is not one of {@code sources}' states. */
  Optional<Mention> first(Predicate predicate, VerbMatch match, List<Mention> sources) {
    if (sources.isEmpty()) {
      return Optional.empty();
    }
    Set<String> states = sources.stream().map(Mention::root).collect(Collectors.toSet());
    String code = match.codes().forward();
    // "issued a warning that he would close the U.N. office": a threat is on whom the source's own threatened act is
    Set<String> ownActs = code != null && code.startsWith(THREAT) ? states : Set.of();
    List<Integer> phrase = new ArrayList<>();
    collect(predicate.verb(), phrase, 0, ownActs);
    phrase.sort(null);
    for (int token : phrase) {
      Mention actor = slots.at(token);
      if (token > predicate.verb() && actor != null && !states.contains(actor.root()) && !sources.contains(actor)
          && !isBystander(actor, token, predicate.verb())) {
        return Optional.of(new Mention(actor.doc(), actor.sentence(), actor.start(), actor.end(), actor.text(),
            actor.code(), actor.actor(), actor.person(), RULE + " (" + actor.rule() + ")"));
      }
    }
    return Optional.empty();
  }

  /** Whether the actor at {@code token} is named as no party: a place, a sponsor, a topic. */
  private boolean isBystander(Mention actor, int token, int verb) {
    return roles.isPlace(actor) || inPlace(token, verb) || roles.isSponsor(actor) || roles.isTopic(actor, List.of(verb));
  }

  /**
   * Whether the token is inside a place phrase of its own clause: "in the Afghan city of Kunduz", "near
   * Macedonia's border with Bulgaria"; "in a show of strength aimed at South Korea" is another clause.
   */
  private boolean inPlace(int token, int verb) {
    for (int at = tree.head(token), steps = 0; at != verb && at != 0 && !tree.isVerb(at) && steps <= tree.size();
        at = tree.head(at), steps++) {
      if (MentionRoles.PLACE_PREPOSITIONS.contains(String.valueOf(tree.preposition(at)))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the word heads another act: a verb coordinated with the one searched, a clause with a subject
   * of its own ("Israel said Iran attacked Iraq") or one the dictionary codes ("closed the border,
   * rebuffing U.N. appeals").
   */
  private boolean otherAct(int word, Set<String> ownActs) {
    if (!tree.isVerb(word)) {
      return false;
    }
    List<Integer> subjects = tree.children(word, "nsubj", "nsubj:pass", "csubj");
    boolean sourcesOwn = !ownActs.isEmpty() && !slots.actors(subjects).isEmpty()
        && slots.actors(subjects).stream().allMatch(subject -> ownActs.contains(subject.root()));
    boolean ownSubject = !sourcesOwn && subjects.stream().anyMatch(subject -> !tree.word(subject).pos().startsWith("W"));
    return tree.baseRelation(word).equals("conj") || ownSubject
        || matches.getOrDefault(word, Optional.empty()).filter(match -> !match.codes().isNone()).isPresent();
  }

  private void collect(int token, List<Integer> into, int depth, Set<String> ownActs) {
    into.add(token);
    if (depth > tree.size()) {
      return; // a cycle in a malformed parse
    }
    for (int child : tree.children(token)) {
      if (!OTHER_PARTIES.contains(tree.baseRelation(child)) && !otherAct(child, ownActs)) {
        collect(child, into, depth + 1, ownActs);
      }
    }
  }
}
