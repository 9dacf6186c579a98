package org.dyad.nlp.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * "Rioters burned vehicles and looted shops, demanding that President Moi quit", "Arab citizens of
 * Israel observed a general strike to demand equal rights from the government": a protest (14) says
 * whom it is aimed at in the demand it is made for. With CAMEO the sentence is one event, the
 * protest, on whom the demand addresses; the demand tells why, and is no event of its own.
 */
final class ProtestDemands {

  /** Verbs of demanding that say what a protest is for: "demanding that…", "to press the government…". */
  private static final Set<String> DEMANDING = Set.of("DEMAND", "PRESS", "URGE", "INSIST", "CALL", "SEEK");

  private ProtestDemands() {}

  /** Whether the code is a protest's (14). */
  static boolean isProtest(String code) {
    return code != null && code.startsWith("14");
  }

  /**
   * The clauses of demanding that tell what the act at {@code verb} is for: its adverbial clauses, open
   * complements and participles coordinated with it, without a subject of their own.
   */
  static List<Integer> demands(Dependencies tree, int verb) {
    List<Integer> found = new ArrayList<>();
    for (int clause : tree.children(verb, "advcl", "conj", "xcomp")) {
      boolean participle = !tree.relation(clause).equals("conj") || tree.word(clause).pos().equals("VBG");
      if (participle && DEMANDING.contains(tree.lemma(clause)) && tree.children(clause, "nsubj", "nsubj:pass").isEmpty()) {
        found.add(clause);
      }
    }
    return found;
  }

  /**
   * The heads of the phrases naming whom the demand addresses: who is to act ("demanding that Moi
   * quit"), who is pressed ("to press the government"), and from whom ("rights from Damascus").
   */
  static List<Integer> addressees(Dependencies tree, int demand) {
    List<Integer> heads = new ArrayList<>();
    for (int reported : tree.children(demand, "ccomp")) {
      heads.addAll(tree.children(reported, "nsubj", "nsubj:pass"));
    }
    heads.addAll(tree.children(demand, "obj", "iobj"));
    for (int oblique : tree.children(demand, "obl")) {
      boolean fromWhom = tree.children(oblique, "case").stream()
          .anyMatch(preposition -> tree.lemma(preposition).equals("FROM") || tree.lemma(preposition).equals("OF"));
      if (fromWhom) {
        heads.add(oblique);
      }
    }
    return heads;
  }
}
