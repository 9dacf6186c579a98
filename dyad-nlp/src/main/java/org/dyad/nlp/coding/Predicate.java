package org.dyad.nlp.coding;

import java.util.List;

/**
 * A verb with its arguments, read from the dependency tree: who acts (subjects), who or what is
 * acted upon (objects), the prepositional phrases that complete it, and the tokens a verb pattern
 * may match on either side.
 *
 * @param verb the verb's token index
 * @param particles particle tokens of a phrasal verb ({@code off} in "called off")
 * @param passive whether the verb is in the passive voice (then the "by" phrase holds the subject)
 * @param negated whether the verb is negated ("did not attack")
 * @param subjects heads of the acting side, one per coordinated noun phrase head
 * @param subjectInherited whether the subject was taken from a governing verb or noun
 * @param objects heads of the direct (and indirect) object, or of the passive subject
 * @param obliques prepositional phrases: their preposition and head, in sentence order
 * @param complement the tokens after-patterns may match (objects, obliques, open complements)
 * @param subjectSide the tokens before-patterns may match (subject phrase, auxiliaries, adverbs; for a
 *     passive verb, the doer's "by" phrase only)
 */
record Predicate(
    int verb,
    List<Integer> particles,
    boolean passive,
    boolean negated,
    List<Integer> subjects,
    boolean subjectInherited,
    List<Integer> objects,
    List<Oblique> obliques,
    List<Integer> complement,
    List<Integer> subjectSide) {

  /** This predicate with the tokens of {@code clause} out of its complement, so that no pattern can match them. */
  Predicate withoutComplement(java.util.Set<Integer> clause) {
    List<Integer> kept = complement.stream().filter(token -> !clause.contains(token)).toList();
    return new Predicate(verb, particles, passive, negated, subjects, subjectInherited, objects, obliques, kept, subjectSide);
  }

  /** A prepositional phrase of the predicate: "with Gondor" is ({@code WITH}, Gondor's index). */
  record Oblique(String preposition, int head) {}
}
