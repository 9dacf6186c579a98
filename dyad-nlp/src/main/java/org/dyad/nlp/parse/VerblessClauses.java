package org.dyad.nlp.parse;

import edu.stanford.nlp.ling.CoreAnnotations.TokensAnnotation;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;

/**
 * Finds the verb the tagger missed. A mandative clause has a bare verb that is also a noun
 * ("demanded that Washington supply his forces with weapons", "that Iraq grant inspectors access"),
 * and the tagger, reading the subject and the verb as one noun phrase, leaves the clause without a
 * verb; the dependency parser then cannot find its subject or object. The same happens after a
 * modal ("it would back Germany's bid": "back" read as an adverb) and in a sentence whose only verb
 * is also a noun ("A Turkish gunman shot and wounded the Pope": "gunman shot" read as one noun).
 *
 * <p>A clause introduced by "that" (tagged {@code IN} or {@code WDT}) with no verb or modal up to the next
 * punctuation, and a sentence with no verb or modal at all, get one verb: the first lower-case
 * noun, adjective or adverb (after the clause's first word) that the tagger reads as a verb when it
 * opens a clause of its own, "they supply his forces with weapons"; tagged {@code VB} in a "that"
 * clause, as the tagger read it in a sentence. After a modal with no verb up to the next
 * punctuation, the first lower-case noun, adjective or adverb that is not an adverb a verb phrase
 * allows there ("would not", "will also") is the bare verb. Cost: one tagging of the clause's rest
 * per candidate, and only for the rare verbless clause.
 */
final class VerblessClauses {

  private static final Set<String> CANDIDATE_TAGS = Set.of("NN", "NNS", "JJ", "RB");
  private static final Set<String> ADVERBS_AFTER_MODAL = Set.of(
      "not", "n't", "also", "never", "still", "soon", "probably", "likely", "then", "now", "only", "even", "further",
      "jointly", "immediately", "quickly", "certainly", "definitely", "eventually", "again", "first");
  private static final Set<String> SUBORDINATORS = Set.of("if", "when", "unless", "once", "although", "though",
      "because", "while", "as", "after", "before", "until");
  private static final Set<String> CLAUSE_ENDS = Set.of(".", ",", ":", "-LRB-", "-RRB-", "``", "''");

  private final StanfordCoreNLP tagger;

  VerblessClauses(StanfordCoreNLP tagger) {
    this.tagger = tagger;
  }

  /** Retags, in place, the missed verb of each verbless clause among {@code tokens}. */
  void repair(List<CoreLabel> tokens) {
    boolean anyVerb = false;
    for (int at = 0; at < tokens.size(); at++) {
      CoreLabel token = tokens.get(at);
      anyVerb |= isVerbOrModal(token.tag());
      // a clause needs a verb whether the tagger read "that" as a conjunction or as a relative pronoun
      // ("demanded on Wednesday that/WDT Ukraine honour its commitments")
      boolean that = token.word().equalsIgnoreCase("that") && ("IN".equals(token.tag()) || "WDT".equals(token.tag()));
      if (that) {
        retagFirstVerb(tokens, at + 2, clauseEnd(tokens, at + 1), true);
      } else if ("MD".equals(token.tag())) {
        retagAfterModal(tokens, at + 1);
      }
    }
    if (!anyVerb && !tokens.isEmpty()) {
      retagFirstVerb(tokens, 1, clauseEnd(tokens, 0), false);
    }
  }

  /**
   * Tags as a verb the first candidate in {@code [from, end)} that opens a clause; {@code end} -1
   * means the clause has a verb. A bare form is tagged {@code VB}, else as the tagger reads it.
   */
  private void retagFirstVerb(List<CoreLabel> tokens, int from, int end, boolean bare) {
    for (int candidate = from; candidate < end; candidate++) {
      CoreLabel token = tokens.get(candidate);
      if (CANDIDATE_TAGS.contains(token.tag()) && Character.isLowerCase(token.word().charAt(0))) {
        Optional<String> verb = verbTag(tokens, candidate, end);
        if (verb.isPresent()) {
          token.setTag(bare ? "VB" : verb.get());
          return;
        }
      }
    }
  }

  /**
   * After a modal, the first word that is not one of the adverbs a verb phrase allows there ("would
   * not", "will also") is the verb, when the clause has none.
   */
  private static void retagAfterModal(List<CoreLabel> tokens, int from) {
    int end = clauseEnd(tokens, from);
    int at = from;
    while (at < end && ADVERBS_AFTER_MODAL.contains(tokens.get(at).word().toLowerCase(java.util.Locale.ROOT))) {
      at++;
    }
    if (at < end && CANDIDATE_TAGS.contains(tokens.get(at).tag()) && Character.isLowerCase(tokens.get(at).word().charAt(0))) {
      tokens.get(at).setTag("VB");
    }
  }

  private static boolean isVerbOrModal(String tag) {
    return tag != null && (tag.startsWith("VB") || tag.equals("MD"));
  }

  /**
   * The index after the clause starting at {@code from}, or -1 when the clause has a verb. A
   * subordinate clause set off by commas inside it ("that a decision to slap tariffs, if it came,
   * could cost jobs") is passed over: the verb may follow it.
   */
  private static int clauseEnd(List<CoreLabel> tokens, int from) {
    int at = from;
    for (; at < tokens.size() && !CLAUSE_ENDS.contains(tokens.get(at).tag()); at++) {
      if (isVerbOrModal(tokens.get(at).tag())) {
        return -1;
      }
    }
    if (at + 1 < tokens.size() && tokens.get(at).tag().equals(",")
        && SUBORDINATORS.contains(tokens.get(at + 1).word().toLowerCase(java.util.Locale.ROOT))) {
      int close = at + 2;
      while (close < tokens.size() && !CLAUSE_ENDS.contains(tokens.get(close).tag())) {
        close++;
      }
      if (close + 1 < tokens.size() && tokens.get(close).tag().equals(",") && clauseEnd(tokens, close + 1) < 0) {
        return -1;
      }
    }
    return at;
  }

  /** The verb tag the tagger gives the candidate when it opens a clause of its own, if a verb. */
  private Optional<String> verbTag(List<CoreLabel> tokens, int candidate, int end) {
    StringJoiner rest = new StringJoiner(" ", "they ", "");
    for (int i = candidate; i < end; i++) {
      rest.add(tokens.get(i).word());
    }
    Optional<CoreMap> tagged = CoreNlpPipelines.annotateOneSentence(tagger, rest.toString());
    if (tagged.isEmpty()) {
      return Optional.empty();
    }
    List<CoreLabel> retagged = tagged.get().get(TokensAnnotation.class);
    return retagged.size() > 1 && retagged.get(1).tag().startsWith("VB") ? Optional.of(retagged.get(1).tag()) : Optional.empty();
  }
}
