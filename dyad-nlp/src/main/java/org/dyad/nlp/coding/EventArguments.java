package org.dyad.nlp.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dyad.core.nlp.Mention;

/**
 * Decides who acts and who is acted upon for a coded predicate, in the order PETRARCH-style coding
 * expects.
 *
 * <p>Sources: the phrase a pattern marks with {@code $}; else the subject's actors; else, for a
 * pronoun subject of a reported or adverbial clause ("Iran said it would retaliate"), the actors of
 * the governing verb's subject; else, for a passive verb with no "by" phrase ("was shot dead in
 * Osgiliath"), the actor of its first prepositional phrase, the convention of the CAMEO coders.
 *
 * <p>Targets: the phrase a pattern marks with {@code +}; else the objects; else the first
 * prepositional phrase holding an actor; else the objects of an open complement; else the subject
 * of a reported clause ("Arnor believes Dagolath can cope", "Russia demanded that Sudan return"),
 * except that a plain statement (01) does not target the actor of a clause coded on its own; else the
 * first actor after the verb inside its own clause ("abandoned efforts to stop an anti-Gondor
 * parade").
 */
final class EventArguments {

  private static final Set<String> OUTSIDE_CLAUSE = Set.of("ccomp", "advcl", "parataxis", "conj", "csubj", "list", "dep",
      "nsubj", "nsubj:pass", "punct", "acl:relcl");

  private final Dependencies tree;
  private final ActorSlots slots;
  private final Map<Integer, Optional<VerbMatch>> matches;

  EventArguments(Dependencies tree, ActorSlots slots, Map<Integer, Optional<VerbMatch>> matches) {
    this.tree = tree;
    this.slots = slots;
    this.matches = matches;
  }

  List<Mention> sources(Predicate predicate, VerbMatch match) {
    if (match.source() != 0) {
      List<Mention> marked = slots.actors(List.of(match.source()));
      if (!marked.isEmpty()) {
        return marked;
      }
    }
    List<Mention> sources = slots.actors(predicate.subjects());
    if (!sources.isEmpty()) {
      return sources;
    }
    for (int subject : predicate.subjects()) {
      if (tree.word(subject).pos().startsWith("PRP")) {
        List<Mention> reporter = reportingSubject(predicate.verb());
        if (!reporter.isEmpty()) {
          return reporter;
        }
      }
    }
    if (predicate.passive() && predicate.subjects().isEmpty()) {
      for (Predicate.Oblique oblique : predicate.obliques()) {
        List<Mention> found = slots.actors(List.of(oblique.head()));
        if (!found.isEmpty()) {
          return found;
        }
      }
    }
    return List.of();
  }

  /**
   * For a pronoun subject: the actors of the subject of the verb that reports or governs the clause
   * ("Syria says it is willing to withdraw": Syria), climbing through open complements to the first
   * reported or adverbial clause.
   */
  private List<Mention> reportingSubject(int verb) {
    int clause = verb;
    for (int steps = 0; steps < 6 && clause != 0; steps++) {
      String relation = tree.baseRelation(clause);
      if (relation.equals("ccomp") || relation.equals("advcl")) {
        return slots.actors(tree.children(tree.head(clause), "nsubj"));
      }
      if (!relation.equals("xcomp") && !relation.equals("conj")) {
        return List.of();
      }
      clause = tree.head(clause);
    }
    return List.of();
  }

  List<Mention> targets(Predicate predicate, VerbMatch match, List<Mention> sources) {
    List<List<Mention>> candidates = new ArrayList<>();
    if (match.target() != 0) {
      candidates.add(slots.actors(List.of(match.target())));
    }
    candidates.add(slots.actors(predicate.objects()));
    for (Predicate.Oblique oblique : predicate.obliques()) {
      if (!predicate.passive() || !predicate.subjects().isEmpty() || !sources.equals(slots.actors(List.of(oblique.head())))) {
        candidates.add(slots.actors(List.of(oblique.head())));
      }
    }
    for (int complement : tree.children(predicate.verb(), "xcomp")) {
      candidates.add(slots.actors(new PredicateFinder(tree).predicate(complement).objects()));
    }
    // "A said B attacked C" is B's event: a neutral statement (01) does not target B as well;
    // "A demanded that B withdraw" and "A believes B can cope" do
    boolean statement = match.codes().forward() != null && match.codes().forward().startsWith("01");
    for (int reported : tree.children(predicate.verb(), "ccomp")) {
      Optional<VerbMatch> coded = matches.getOrDefault(reported, Optional.empty());
      if (!statement || coded.isEmpty() || coded.get().codes().isNone()) {
        candidates.add(slots.actors(tree.children(reported, "nsubj", "nsubj:pass")));
      }
    }
    candidates.add(firstActorInClause(predicate));
    for (List<Mention> candidate : candidates) {
      List<Mention> targets = new ArrayList<>(candidate);
      targets.removeAll(sources);
      if (!targets.isEmpty()) {
        return targets;
      }
    }
    return List.of();
  }

  private List<Mention> firstActorInClause(Predicate predicate) {
    for (int token : tree.subtree(predicate.verb(), OUTSIDE_CLAUSE)) {
      if (token > predicate.verb()) {
        Mention mention = slots.at(token);
        if (mention != null) {
          return List.of(mention);
        }
      }
    }
    return List.of();
  }
}
