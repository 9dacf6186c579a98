package org.dyad.nlp.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * "Mubarak stepped down, bowing to 18 days of protests by Egyptians": a participle saying that the
 * act yields to pressure names who pressed for it, the act's target when it has no other. CAMEO
 * codes an act so conceded as acceding to demands (083), not as an intent of one's own (034):
 * "agreed to restore multiparty democracy, bowing to protests by pro-democracy activists" is 0834.
 */
final class PressureYielded {

  /** Verbs of giving way: "bowing to", "yielding to", "succumbing to", "bending to". */
  private static final Set<String> YIELDING = Set.of("BOW", "YIELD", "SUCCUMB", "BEND");
  /** Verbs that give way with "in": "giving in to", "caving in to". */
  private static final Set<String> YIELDING_IN = Set.of("GIVE", "CAVE");
  private static final Set<String> LOOSE = Set.of("dep", "advcl", "xcomp", "conj", "parataxis");
  private static final int MAX_CHAIN = 3;

  private PressureYielded() {}

  /**
   * The participles of giving way that modify {@code verb} or an open complement of it ("agreed to
   * restore democracy, bowing to protests"), each with a "to" phrase; and the verb of giving way the
   * verb is coordinated with ("bowed to weeks of protests and agreed to reinstate parliament").
   */
  static List<Integer> participles(Dependencies tree, int verb) {
    List<Integer> found = new ArrayList<>();
    int first = tree.relation(verb).equals("conj") ? tree.head(verb) : 0;
    if (first != 0 && tree.isVerb(first) && yielding(tree, first) && hasTo(tree, first)) {
      found.add(first);
    }
    List<Integer> verbs = new ArrayList<>(List.of(verb));
    for (int i = 0; i < verbs.size() && i < MAX_CHAIN; i++) {
      int at = verbs.get(i);
      for (int child : tree.children(at)) {
        String relation = tree.baseRelation(child);
        if (relation.equals("xcomp") && tree.isVerb(child)) {
          verbs.add(child);
        }
        boolean participle = LOOSE.contains(relation) && tree.word(child).pos().equals("VBG");
        if (participle && yielding(tree, child) && hasTo(tree, child)) {
          found.add(child);
        }
      }
    }
    return found;
  }

  /** The phrases whose actors pressed: the participle's obliques, and who did what they name ("protests by X"). */
  static List<Integer> pressing(Dependencies tree, int participle) {
    List<Integer> heads = new ArrayList<>();
    for (int child : tree.children(participle, "obl")) {
      heads.add(child);
      heads.addAll(tree.children(child, "nmod"));
    }
    return heads;
  }

  /** The acceding code for an intent to reform (034x to 083x); other codes stay. */
  static String acceded(String code) {
    return code != null && code.startsWith("034") ? "083" + code.substring(3) : code;
  }

  private static boolean yielding(Dependencies tree, int verb) {
    return YIELDING.contains(tree.lemma(verb)) || YIELDING_IN.contains(tree.lemma(verb))
        && tree.children(verb, "compound:prt").stream().anyMatch(particle -> tree.lemma(particle).equals("IN"));
  }

  private static boolean hasTo(Dependencies tree, int participle) {
    for (int child : tree.children(participle, "obl")) {
      for (int inner : tree.children(child, "case")) {
        if (tree.lemma(inner).equals("TO")) {
          return true;
        }
      }
    }
    return false;
  }
}
