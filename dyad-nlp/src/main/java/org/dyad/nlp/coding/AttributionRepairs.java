package org.dyad.nlp.coding;

import java.util.Locale;
import java.util.Set;
import org.dyad.core.nlp.ParsedSentence;

/**
 * Repairs of attributions the parser misreads: a trailing one ("…, a UN official said."), whose
 * speaker it takes for an apposition to the noun before the comma, and a report with a pronoun
 * subject ("as Israel announced it would free prisoners"), which it hangs on the clause it reports.
 */
final class AttributionRepairs extends TreeRepair {

  /** Verbs that attribute a report to a speaker: "…, a UN official said". */
  private static final Set<String> ATTRIBUTIONS = Set.of("SAY", "ADD", "REPORT", "ANNOUNCE", "STATE", "CONFIRM", "TELL");
  /** Relations the parser gives a trailing reporting verb it has not read as one. */
  private static final Set<String> LOOSE_ATTACHMENTS = Set.of("advmod", "dep", "acl", "acl:relcl", "amod");

  AttributionRepairs(ParsedSentence parsed, String[] relations, int[] heads) {
    super(parsed, relations, heads);
  }

  void apply() {
    reattachSpeakersReadAsAppositions();
    reattachReportedClauses();
  }

  /**
   * "The release came as Israel announced it would free 150 prisoners": the parser may make the reported
   * clause the main one and hang the reporting verb on it as an adverbial clause. A reporting verb with
   * no complement of its own before a clause whose subject is a pronoun reports that clause, which is its
   * complement ({@code ccomp}); the reporting verb takes the clause's place.
   */
  private void reattachReportedClauses() {
    for (int verb = 2; verb < heads.length; verb++) {
      int clause = heads[verb];
      int subject = clause == 0 ? 0 : childWith(clause, "nsubj");
      if (!attributes(verb) || !relations[verb].equals("advcl") || clause < verb || subject < verb
          || !word(subject).pos().equals("PRP") || childWith(verb, "ccomp") != 0 || hasObject(verb)) {
        continue;
      }
      heads[verb] = heads[clause];
      relations[verb] = heads[clause] == 0 ? "root" : hasAnyMark(verb) ? "advcl" : relations[clause];
      heads[clause] = verb;
      relations[clause] = "ccomp";
    }
  }

  /**
   * "… agreed to share information on missing people from both communities, a UN official said": the
   * parser may read the speaker as an apposition to the noun before the comma and hang the reporting
   * verb on the clause as a modifier. The speaker is the reporting verb's subject, and the reporting
   * verb stands beside the main clause ({@code parataxis}), as when the attribution comes first.
   */
  private void reattachSpeakersReadAsAppositions() {
    for (int verb = 3; verb < heads.length; verb++) {
      int speaker = verb - 1;
      if (!attributes(verb) || !LOOSE_ATTACHMENTS.contains(relations[verb]) || childWith(verb, "nsubj") != 0
          || !word(speaker).pos().startsWith("NN") || heads[speaker] == verb || !relations[speaker].equals("appos")) {
        continue;
      }
      int start = firstOf(speaker);
      int root = childWith(0, "root");
      if (start < 2 || !form(start - 1).equals(",") || root == 0 || root == verb) {
        continue;
      }
      int[] before = heads.clone();
      String[] relationsBefore = relations.clone();
      heads[speaker] = verb;
      relations[speaker] = "nsubj";
      heads[verb] = root;
      relations[verb] = "parataxis";
      if (hasCycle()) {
        System.arraycopy(before, 0, heads, 0, heads.length);
        System.arraycopy(relationsBefore, 0, relations, 0, relations.length);
      }
    }
  }

  private boolean attributes(int verb) {
    return isVerb(verb) && ATTRIBUTIONS.contains(word(verb).lemma().toUpperCase(Locale.ROOT));
  }
}
