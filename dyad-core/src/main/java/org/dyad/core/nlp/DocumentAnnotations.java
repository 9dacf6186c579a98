package org.dyad.core.nlp;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the annotate and resolve stages found in one document, stored together.
 *
 * @param doc the document id
 * @param parser the parser and its version, so a later Dyad can tell stale parses apart
 * @param sentences every sentence, in order
 * @param parses CoNLL-U text of the sentences the pre-filter sent to the parser, by sentence index
 * @param mentions the resolved actors
 */
public record DocumentAnnotations(
    String doc, String parser, List<Sentence> sentences, Map<Integer, String> parses, List<Mention> mentions) {

  public DocumentAnnotations {
    Objects.requireNonNull(doc, "doc");
    Objects.requireNonNull(parser, "parser");
    sentences = List.copyOf(sentences);
    parses = Map.copyOf(parses);
    mentions = List.copyOf(mentions);
    for (Integer index : parses.keySet()) {
      if (index < 0 || index >= sentences.size()) {
        throw new IllegalArgumentException(doc + ": a parse for sentence " + index + " of " + sentences.size());
      }
    }
  }
}
