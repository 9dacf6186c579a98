package org.dyad.nlp.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dyad.nlp.coding.Predicate.Oblique;

/**
 * Finds the predicates of a sentence: every verb, with its subject, objects and prepositional
 * phrases read from Universal Dependencies relations (see {@link Dependencies} for the v1/v2
 * mapping).
 *
 * <p>Voice: a verb with a passive subject ({@code nsubj:pass}) or passive auxiliary is passive; its
 * passive subject is the object and its "by" phrase ({@code obl:agent}, or {@code obl} with case
 * "by") the subject. A verb without a subject of its own takes one from the tree, in this order:
 * an open complement ({@code xcomp}) from its governor's object when the governor has one ("urged
 * Iran to stop"), else the governor's subject ("threatened to strike"); a coordinated verb ({@code
 * conj}) or adverbial participle ({@code advcl}) from its governor's subject; a participle modifying
 * a noun ({@code acl}) from that noun, as subject when active and as object when passive.
 */
final class PredicateFinder {

  /** Relations that open a new clause: a pattern of one verb never matches inside them. */
  static final Set<String> CLAUSE_BOUNDARIES = Set.of("ccomp", "advcl", "parataxis", "conj", "csubj", "acl", "acl:relcl", "list", "dep");

  /** The clause boundaries without participles modifying nouns, which belong to their noun's phrase. */
  static final Set<String> CLAUSE_BOUNDARIES_EXCEPT_ACL = Set.of("ccomp", "advcl", "parataxis", "conj", "csubj", "acl:relcl", "list", "dep");

  private static final Set<String> SUBJECT = Set.of("nsubj", "csubj");
  private static final Set<String> REFLEXIVES = Set.of("ITSELF", "THEMSELVES", "HIMSELF", "HERSELF");
  private static final Set<String> NOT_COMPLEMENT = Set.of(
      "nsubj", "csubj", "ccomp", "advcl", "parataxis", "conj", "cc", "punct", "aux", "aux:pass", "cop", "mark", "neg",
      "discourse", "vocative", "list", "dep", "obl:tmod", "expl");
  private static final int MAX_INHERITANCE = 6;
  /** Participles saying what a vehicle or container holds: "carrying", "packed with", "laden with". */
  private static final Set<String> CARGO = Set.of("CARRY", "PACK", "LOAD", "LADE", "LADEN", "STUFF", "FILL", "CRAM");

  private final Dependencies tree;

  PredicateFinder(Dependencies tree) {
    this.tree = tree;
  }

  /** The predicates of the sentence, one per verb, in sentence order. */
  List<Predicate> predicates() {
    List<Predicate> predicates = new ArrayList<>();
    for (int token = 1; token <= tree.size(); token++) {
      if (tree.isVerb(token) && !isAuxiliary(token)) {
        predicates.add(predicate(token));
      }
    }
    return predicates;
  }

  Predicate predicate(int verb) {
    boolean passive = isPassive(verb);
    List<Integer> particles = tree.children(verb, "compound:prt");
    boolean negated = false;
    for (int child : tree.children(verb)) {
      negated |= tree.isNegation(child);
    }
    List<Integer> objects = new ArrayList<>(tree.children(verb, "obj", "iobj"));
    // "police made no arrests", "fired no shots": an object none of which was acted on negates the act
    for (int object : tree.children(verb, "obj")) {
      for (int determiner : tree.children(object, "det")) {
        negated |= tree.isNegation(determiner);
      }
    }
    for (int small : tree.children(verb, "xcomp")) {
      // a small clause ("branded Iran part of an axis of evil"): what the verb acts on is its subject
      if (objects.isEmpty() && !tree.isVerb(small)) {
        objects.addAll(tree.children(small, "nsubj"));
      }
    }
    List<Oblique> obliques = new ArrayList<>();
    List<Integer> subjects = new ArrayList<>();
    for (int child : tree.children(verb, "obl", "nmod", "obl:agent")) {
      String preposition = tree.preposition(child);
      boolean agent = tree.relation(child).equals("obl:agent") || "BY".equals(preposition);
      if (passive && agent) {
        subjects.add(child);
      } else if (preposition != null) {
        obliques.add(new Oblique(preposition, child));
      }
    }
    if (passive) {
      objects.addAll(0, tree.children(verb, "nsubj:pass"));
    } else {
      subjects.addAll(subjectsOf(verb));
    }
    boolean inherited = false;
    if (subjects.isEmpty() && !passive || passive && subjects.isEmpty() && objects.isEmpty()) {
      Inherited found = inherit(verb, passive, 0);
      if (found != null) {
        inherited = true;
        (found.asObject ? objects : subjects).add(found.token);
      }
    }
    return new Predicate(verb, particles, passive, negated, subjects, inherited, objects, obliques,
        complement(verb), subjectSide(verb, subjects, passive));
  }

  private List<Integer> subjectsOf(int verb) {
    List<Integer> subjects = new ArrayList<>();
    for (int child : tree.children(verb)) {
      if (!SUBJECT.contains(tree.relation(child))) {
        continue;
      }
      // "Uzbekistan declared itself ready to open its airspace": a reflexive subject of a small clause is
      // the governor's
      int governor = tree.head(verb);
      if (REFLEXIVES.contains(tree.form(child)) && tree.baseRelation(verb).equals("xcomp") && governor != 0
          && !subjectsOf(governor).isEmpty()) {
        subjects.addAll(subjectsOf(governor));
      } else {
        subjects.add(child);
      }
    }
    return subjects;
  }

  private record Inherited(int token, boolean asObject) {}

  private Inherited inherit(int verb, boolean passive, int depth) {
    int governor = tree.head(verb);
    if (governor == 0 || depth > MAX_INHERITANCE) {
      return null;
    }
    String relation = tree.relation(verb);
    switch (tree.baseRelation(verb)) {
      case "xcomp" -> {
        // "Obama is scheduled to attend": a passive governor's subject controls the complement
        List<Integer> governorObjects = isPassive(governor) ? tree.children(governor, "nsubj:pass") : tree.children(governor, "obj");
        if (!governorObjects.isEmpty()) {
          return new Inherited(governorObjects.getFirst(), passive);
        }
        return subjectOfGovernor(governor, passive, depth);
      }
      case "conj", "advcl" -> {
        return subjectOfGovernor(governor, passive, depth);
      }
      case "acl" -> {
        if (relation.equals("acl:relcl")) {
          return null;
        }
        boolean participle = tree.word(verb).pos().equals("VBN");
        return new Inherited(governor, participle || passive);
      }
      default -> {
        return null;
      }
    }
  }

  private Inherited subjectOfGovernor(int governor, boolean passive, int depth) {
    List<Integer> subjects = subjectsOf(governor);
    if (!subjects.isEmpty()) {
      return new Inherited(subjects.getFirst(), passive);
    }
    if (isPassive(governor)) {
      List<Integer> agents = tree.agents(governor);
      return agents.isEmpty() ? null : new Inherited(agents.getFirst(), passive);
    }
    return inherit(governor, passive, depth + 1);
  }

  private boolean isPassive(int verb) {
    return !tree.children(verb, "nsubj:pass", "aux:pass", "csubj:pass").isEmpty();
  }

  private boolean isAuxiliary(int token) {
    String relation = tree.baseRelation(token);
    return relation.equals("aux") || relation.equals("cop");
  }

  private List<Integer> complement(int verb) {
    List<Integer> tokens = new ArrayList<>();
    for (int child : tree.children(verb)) {
      if (!NOT_COMPLEMENT.contains(tree.relation(child)) && !NOT_COMPLEMENT.contains(tree.baseRelation(child))) {
        tokens.addAll(tree.subtree(child, CLAUSE_BOUNDARIES));
      }
    }
    if (isPassive(verb)) {
      for (int child : tree.children(verb, "nsubj:pass")) {
        tokens.addAll(tree.subtree(child, CLAUSE_BOUNDARIES));
      }
    }
    // "rammed a truck packed with explosives", "allowed ships carrying food to dock": what a participle of
    // cargo says a vehicle holds is part of the object
    for (int i = 0; i < tokens.size(); i++) {
      for (int participle : tree.children(tokens.get(i), "acl")) {
        if (CARGO.contains(tree.lemma(participle)) && !tokens.contains(participle)) {
          tokens.addAll(tree.subtree(participle, CLAUSE_BOUNDARIES));
        }
      }
    }
    // "launched a new bombing and shelling offensive": a noun coordinated in the object is the object too
    for (int i = 0; i < tokens.size(); i++) {
      for (int conjunct : tree.children(tokens.get(i), "conj")) {
        if (!tree.isVerb(conjunct) && tree.word(conjunct).pos().startsWith("NN") && !tokens.contains(conjunct)) {
          tokens.addAll(tree.subtree(conjunct, CLAUSE_BOUNDARIES));
        }
      }
    }
    // "charged that Ankara tortured": the "that" of a reported clause, so a pattern may ask for it
    for (int reported : tree.children(verb, "ccomp")) {
      for (int mark : tree.children(reported, "mark", "dep")) {
        if (tree.form(mark).equals("THAT") && mark < reported) {
          tokens.add(mark);
        }
      }
    }
    tokens.sort(null);
    return tokens;
  }

  private List<Integer> subjectSide(int verb, List<Integer> subjects, boolean passive) {
    List<Integer> tokens = new ArrayList<>();
    for (int subject : subjects) {
      // a subject shared from the verb's governor ("Youths torched cars and pelted police") describes
      // this verb's doer too; a noun a participle modifies ("police using tear gas") does not
      if (tree.dominates(verb, subject) || !tree.dominates(subject, verb)) {
        tokens.addAll(tree.subtree(subject, CLAUSE_BOUNDARIES));
      }
    }
    if (passive) {
      // "was heavily criticized by…": before-patterns describe the doer ("PROTESTOR *"), not the passive's adverbs
      tokens.sort(null);
      return tokens;
    }
    for (int child : tree.children(verb)) {
      String relation = tree.baseRelation(child);
      if (child < verb && (relation.equals("aux") || relation.equals("advmod") || relation.equals("neg"))) {
        tokens.add(child);
      }
    }
    tokens.sort(null);
    return tokens;
  }
}
