package org.dyad.nlp.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dyad.core.nlp.Mention;

/**
 * Targets the kind of act implies where its own phrases name no one, as candidate phrases for {@link
 * EventArguments}: a protest's purpose clause or its protesters' jailers (14), a threat's condition (13),
 * an investigation's alleged doer (09), whom a returned thing was taken from (084) or eased restrictions
 * were put on (081, 085), and, after every other candidate, the clause a show of force answers (15).
 */
final class ImpliedTargets {

  /** Markers of a clause saying what an act answers: "after Iraq massed troops", "as Pyongyang threatened". */
  private static final Set<String> AFTER = Set.of("AFTER", "AS", "WHEN", "FOLLOWING");
  /** Where prisoners are held: "Palestinian prisoners in Israeli jails". */
  private static final Set<String> DETENTION = Set.of("JAIL", "PRISON", "GAOL", "CUSTODY", "DETENTION", "CELL");

  private final Dependencies tree;
  private final ActorSlots slots;

  ImpliedTargets(Dependencies tree, ActorSlots slots) {
    this.tree = tree;
    this.slots = slots;
  }

  /** The candidates an act of {@code code} names in its purpose, condition or allegation. */
  List<List<Mention>> named(Predicate predicate, String code) {
    List<List<Mention>> candidates = new ArrayList<>();
    if (code == null) {
      return candidates;
    }
    if (code.startsWith("14")) {
      candidates.addAll(purposeTargets(predicate));
      candidates.addAll(jailers(predicate));
    }
    if (code.startsWith("13")) {
      // "threatened to stop the talks if the United States goes ahead": the threat is aimed at the condition's subject
      for (int condition : IntentCodes.conditions(tree, predicate.verb(), false)) {
        candidates.add(slots.actors(tree.children(condition, "nsubj", "nsubj:pass")));
      }
    }
    if (code.startsWith("09")) {
      candidates.addAll(investigatedParties(predicate));
    }
    if (code.startsWith("084")) {
      // "Russia handed back three naval vessels it had seized from Ukraine": whom it was taken from
      candidates.addAll(objectClauseParties(predicate, Set.of("FROM")));
    }
    if (code.startsWith("081") || code.startsWith("085")) {
      // "lifted most of the sanctions it imposed on Sudan": whom they were imposed on
      candidates.addAll(objectClauseParties(predicate, Set.of("ON", "AGAINST")));
    }
    return candidates;
  }

  /**
   * The phrases with one of {@code prepositions} in a clause on the act's object: what is returned
   * goes back to whom it was taken from, restrictions eased are eased for whom they were put on.
   */
  private List<List<Mention>> objectClauseParties(Predicate predicate, Set<String> prepositions) {
    List<List<Mention>> candidates = new ArrayList<>();
    List<Integer> objects = new ArrayList<>(predicate.objects());
    for (int object : predicate.objects()) {
      // "most of the sanctions it imposed": what the object is a part of
      tree.children(object, "nmod", "obl").stream().filter(of -> "OF".equals(tree.preposition(of))).forEach(objects::add);
    }
    for (int object : objects) {
      for (int clause : tree.children(object, "acl", "acl:relcl")) {
        for (int party : tree.children(clause, "obl")) {
          if (prepositions.contains(String.valueOf(tree.preposition(party)))) {
            candidates.add(slots.actors(List.of(party)));
          }
        }
      }
    }
    return candidates;
  }

  /**
   * "Put its forces on alert after Iraqi troops invaded Kuwait": a show of force (15) naming no one
   * answers whoever the clause it follows names.
   */
  List<List<Mention>> answered(Predicate predicate, String code) {
    List<List<Mention>> candidates = new ArrayList<>();
    if (code == null || !code.startsWith("15")) {
      return candidates;
    }
    for (int clause : tree.children(predicate.verb(), "advcl")) {
      boolean after = tree.children(clause, "mark").stream().anyMatch(mark -> AFTER.contains(tree.lemma(mark)));
      if (after) {
        candidates.add(slots.actors(tree.children(clause, "nsubj")));
      }
    }
    return candidates;
  }

  /**
   * A protest's target named in the clause saying what it demands ("staged demonstrations to demand
   * reforms by Suharto's government", "rioted, demanding independence from Indonesia"): the objects,
   * who the clause asks to act ("called a strike to demand that Ershad lift martial law"), the
   * prepositional phrases, and then whose the object is ("demanding the resignation of Lukashenko").
   */
  private List<List<Mention>> purposeTargets(Predicate predicate) {
    List<List<Mention>> candidates = new ArrayList<>();
    PredicateFinder finder = new PredicateFinder(tree);
    for (int purpose : DemandedActs.protestPurposes(tree, predicate.verb())) {
      Predicate clause = finder.predicate(purpose);
      candidates.add(slots.actors(clause.objects()));
      for (int asked : tree.children(purpose, "ccomp")) {
        candidates.add(slots.actors(tree.children(asked, "nsubj", "nsubj:pass")));
      }
      for (Predicate.Oblique oblique : clause.obliques()) {
        candidates.add(slots.actors(List.of(oblique.head())));
      }
      for (int object : clause.objects()) {
        candidates.add(slots.actors(tree.children(object, "nmod")));
      }
    }
    return candidates;
  }

  /**
   * "Palestinian prisoners in Israeli jails went on hunger strike": a protest by those held in someone's
   * jails is against whoever holds them, named on the jails.
   */
  private List<List<Mention>> jailers(Predicate predicate) {
    List<List<Mention>> candidates = new ArrayList<>();
    for (int subject : predicate.subjects()) {
      for (int token : tree.subtree(subject, PredicateFinder.CLAUSE_BOUNDARIES)) {
        if (token != subject && DETENTION.contains(tree.lemma(token)) && "IN".equals(tree.preposition(token))) {
          candidates.add(slots.actors(List.of(token)));
        }
      }
    }
    return candidates;
  }

  /**
   * Whom an investigation looks into when its phrase names no one: the subject of what is alleged
   * ("opened an inquiry into allegations that the CIA ran a secret prison") or the doer of what was
   * done ("an investigation into war crimes committed by Sudanese forces").
   */
  private List<List<Mention>> investigatedParties(Predicate predicate) {
    List<List<Mention>> candidates = new ArrayList<>();
    List<Integer> heads = new ArrayList<>(predicate.objects());
    predicate.obliques().forEach(oblique -> heads.add(oblique.head()));
    for (int head : heads) {
      for (int token : tree.subtree(head, PredicateFinder.CLAUSE_BOUNDARIES)) {
        for (int clause : tree.children(token, "ccomp", "acl", "acl:relcl")) {
          candidates.add(slots.actors(tree.children(clause, "nsubj", "nsubj:pass")));
          for (int agent : tree.agents(clause)) {
            candidates.add(slots.actors(List.of(agent)));
          }
        }
      }
    }
    return candidates;
  }
}
