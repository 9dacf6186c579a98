package org.dyad.nlp.coding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dyad.nlp.verbs.VerbBlock;
import org.dyad.nlp.verbs.VerbDictionary;
import org.dyad.nlp.verbs.VerbEntry;

/**
 * Finds a predicate's entry in a verb dictionary: by the verb's form first, since a dictionary may
 * list a form as a verb of its own ("LEFT" beside "LEAVE"), then by its lemma; among entries of the
 * same word, the one with the most particles the predicate has ("call off" over "call").
 */
final class VerbLookup {

  /** A verb entry and the block whose patterns it shares. */
  record Candidate(VerbBlock block, VerbEntry entry) {}

  private final Map<String, List<Candidate>> byForm = new HashMap<>();

  VerbLookup(VerbDictionary dictionary) {
    for (VerbBlock block : dictionary.blocks()) {
      for (VerbEntry entry : block.verbs()) {
        byForm.computeIfAbsent(entry.base(), key -> new ArrayList<>()).add(new Candidate(block, entry));
        for (String form : entry.forms()) {
          if (!form.equals(entry.base())) {
            byForm.computeIfAbsent(form, key -> new ArrayList<>()).add(new Candidate(block, entry));
          }
        }
      }
    }
  }

  /** Whether the dictionary knows this verb at all. */
  boolean knows(Dependencies tree, int verb) {
    return byForm.containsKey(tree.lemma(verb)) || byForm.containsKey(tree.form(verb));
  }

  /** The predicate's entry, or null when the dictionary has none whose particles it has. */
  Candidate find(Dependencies tree, Predicate predicate) {
    String form = tree.form(predicate.verb());
    Candidate chosen = choose(tree, predicate, byForm.getOrDefault(form, List.of()));
    if (chosen == null && !VerbForms.misinflected(tree.lemma(predicate.verb()), form)) {
      chosen = choose(tree, predicate, byForm.getOrDefault(tree.lemma(predicate.verb()), List.of()));
    }
    return chosen;
  }

  /** The candidate with the most particles the predicate has, or null. */
  private static Candidate choose(Dependencies tree, Predicate predicate, List<Candidate> candidates) {
    Candidate chosen = null;
    int chosenParticles = -1;
    for (Candidate candidate : candidates) {
      int particles = candidate.entry().particles().size();
      if (particles > chosenParticles && hasParticles(tree, predicate, candidate.entry())) {
        chosen = candidate;
        chosenParticles = particles;
      }
    }
    return chosen;
  }

  private static boolean hasParticles(Dependencies tree, Predicate predicate, VerbEntry entry) {
    int next = predicate.verb();
    for (String particle : entry.particles()) {
      boolean found = false;
      for (int token : predicate.particles()) {
        found |= tree.lemma(token).equals(particle) || tree.form(token).equals(particle);
      }
      // "asked for": the particle may be parsed as the case of an oblique, right after the verb
      if (!found && next + 1 <= tree.size()) {
        found = tree.form(next + 1).equals(particle) || tree.lemma(next + 1).equals(particle);
        next++;
      }
      if (!found) {
        return false;
      }
    }
    return true;
  }
}
