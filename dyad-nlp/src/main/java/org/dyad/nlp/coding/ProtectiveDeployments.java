package org.dyad.nlp.coding;

import java.util.List;
import java.util.Set;
import org.dyad.core.event.Event;

/**
 * "France flew paratroopers into Chad to protect the government", "Australia and New Zealand sent
 * police and soldiers to the Solomon Islands to restore order": troops sent into another state to
 * protect, help or keep order there are, with CAMEO, military protection or peacekeeping (074), not a
 * show of force (15). Troops sent within their own state, or to crush or confront someone, stay 15.
 */
final class ProtectiveDeployments {

  /** CAMEO's "provide military protection or peacekeeping". */
  static final String PROTECTION = "074";

  /** Verbs of protecting, helping and keeping order that say what the troops are sent for. */
  private static final Set<String> PROTECTING = Set.of("PROTECT", "HELP", "RESTORE", "SECURE", "GUARD", "SHIELD", "DEFEND",
      "ASSIST", "STABILIZE", "STABILISE", "SAFEGUARD", "EVACUATE", "KEEP", "MAINTAIN", "PRESERVE", "SUPPORT", "REINFORCE",
      "BOLSTER", "PATROL");
  /** Relations from the sending verb to its purpose's clause ("a force sent to help…", "charged with restoring…"). */
  private static final Set<String> PURPOSE_PATH = Set.of("xcomp", "advcl", "acl", "obl", "nmod", "conj");
  private static final int MAX_DEPTH = 4;

  private ProtectiveDeployments() {}

  /**
   * Whether the events of a show of force (15) at {@code verb} are protection instead: every one is on
   * another state than its source's, and a clause below the verb says the troops protect or help.
   */
  static boolean applies(Dependencies tree, int verb, String code, List<Event> events) {
    if (code == null || !code.startsWith("15") || events.isEmpty()) {
      return false;
    }
    for (Event event : events) {
      String source = event.source().code();
      String target = event.target().code();
      if (source.length() < 3 || target.length() < 3 || source.substring(0, 3).equals(target.substring(0, 3))
          || !DomesticTargets.mayActOnOwnState(source) || !DomesticTargets.mayActOnOwnState(target)) {
        return false;
      }
    }
    return protects(tree, verb, 0);
  }

  private static boolean protects(Dependencies tree, int word, int depth) {
    if (depth >= MAX_DEPTH) {
      return false;
    }
    for (int child : tree.children(word)) {
      if (!PURPOSE_PATH.contains(tree.baseRelation(child))) {
        continue;
      }
      // a past tense below tells of something done before ("troops who helped topple him"), not a purpose
      if (tree.isVerb(child) && PROTECTING.contains(tree.lemma(child)) && !tree.word(child).pos().equals("VBD")) {
        return true;
      }
      if (protects(tree, child, depth + 1)) {
        return true;
      }
    }
    return false;
  }
}
