package org.dyad.nlp.coding;

import java.util.Set;

/**
 * CAMEO codes whose event is mutual by nature, so that a coordinated subject without a target
 * ("Iran and Syria signed an agreement", "the two armies clashed") means each actor did it with
 * the other: consult and negotiate, cooperate, sign agreements, fight.
 */
final class MutualCodes {

  private static final Set<String> MUTUAL = Set.of(
      "036", "040", "044", "046", "050", "051", "057", "060", "061", "062", "063", "064", "0311", "0312", "0313", "0314", "190", "193");

  /** Prepositions naming the partners of a verb's subject: "agreed with Gondor and Arnor". */
  private static final Set<String> PARTNER_PREPOSITIONS = Set.of("WITH", "BETWEEN", "AMONG");

  private MutualCodes() {}

  /** Whether the verb names partners of its subject: "agreed with", "talks between". */
  static boolean namesPartners(Predicate predicate) {
    return predicate.obliques().stream().anyMatch(oblique -> PARTNER_PREPOSITIONS.contains(oblique.preposition()));
  }

  /**
   * Whether the predicate's own words say the act is mutual: "their meeting", "each other", "one
   * another", "talks between them", "jointly".
   */
  static boolean saysReciprocal(Dependencies tree, Predicate predicate) {
    for (int token : predicate.complement()) {
      String form = tree.form(token);
      if (form.equals("THEIR") || form.equals("JOINTLY") || form.equals("BILATERAL") || form.equals("MUTUAL")
          || form.equals("OTHER") && token > 1 && tree.form(token - 1).equals("EACH")
          || form.equals("ANOTHER") && token > 1 && tree.form(token - 1).equals("ONE")) {
        return true;
      }
    }
    return false;
  }

  /**
   * PETRARCH-2's wider rule: any intent, consultation, diplomatic or material cooperation (03 to 06)
   * by a coordinated subject without a target is mutual.
   */
  static boolean cooperative(String code) {
    return code != null && code.length() >= 2 && code.compareTo("03") >= 0 && code.substring(0, 2).compareTo("06") <= 0;
  }

  static boolean isMutual(String code) {
    return code != null && MUTUAL.contains(code);
  }
}
