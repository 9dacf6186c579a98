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
 * Finds the verb the tagger missed in a "that" clause. A mandative clause has a bare verb that is
 * also a noun ("demanded that Washington supply his forces with weapons", "that Iraq grant
 * inspectors access"), and the tagger, reading the subject and the verb as one noun phrase, leaves
 * the clause without a verb; the dependency parser then cannot find its subject or object. A clause
 * introduced by "that" (tagged {@code IN}) with no verb or modal up to the next punctuation gets one:
 * the first lower-case noun, adjective or adverb after its first word that the tagger reads as a
 * verb when it opens a clause of its own, "they supply his forces with weapons". Cost: one tagging
 * of the clause's rest per candidate, and only for the rare verbless clause.
 */
final class VerblessClauses {

  private static final Set<String> CANDIDATE_TAGS = Set.of("NN", "NNS", "JJ", "RB");
  private static final Set<String> CLAUSE_ENDS = Set.of(".", ",", ":", "-LRB-", "-RRB-", "``", "''");

  private final StanfordCoreNLP tagger;

  VerblessClauses(StanfordCoreNLP tagger) {
    this.tagger = tagger;
  }

  /** Retags, in place, the verb of each verbless "that" clause among {@code tokens}. */
  void repair(List<CoreLabel> tokens) {
    for (int that = 0; that < tokens.size(); that++) {
      if (!tokens.get(that).word().equalsIgnoreCase("that") || !"IN".equals(tokens.get(that).tag())) {
        continue;
      }
      int end = clauseEnd(tokens, that + 1);
      if (end < 0) {
        continue;
      }
      for (int candidate = that + 2; candidate < end; candidate++) {
        CoreLabel token = tokens.get(candidate);
        if (CANDIDATE_TAGS.contains(token.tag()) && Character.isLowerCase(token.word().charAt(0))
            && opensClause(tokens, candidate, end)) {
          token.setTag("VB");
          break;
        }
      }
    }
  }

  /** The index after the clause starting at {@code from}, or -1 when the clause has a verb. */
  private static int clauseEnd(List<CoreLabel> tokens, int from) {
    int at = from;
    for (; at < tokens.size() && !CLAUSE_ENDS.contains(tokens.get(at).tag()); at++) {
      String tag = tokens.get(at).tag();
      if (tag.startsWith("VB") || tag.equals("MD")) {
        return -1;
      }
    }
    return at;
  }

  private boolean opensClause(List<CoreLabel> tokens, int candidate, int end) {
    StringJoiner rest = new StringJoiner(" ", "they ", "");
    for (int i = candidate; i < end; i++) {
      rest.add(tokens.get(i).word());
    }
    Optional<CoreMap> tagged = CoreNlpPipelines.annotateOneSentence(tagger, rest.toString());
    if (tagged.isEmpty()) {
      return false;
    }
    List<CoreLabel> retagged = tagged.get().get(TokensAnnotation.class);
    return retagged.size() > 1 && retagged.get(1).tag().startsWith("VB");
  }
}
