package org.dyad.core.sanctions;

import java.util.List;
import java.util.Objects;

/**
 * A name in the documents that scores against a listed entity: one row of {@code dyad sanctions xref}.
 *
 * @param entity the list's entity number
 * @param entityName the entity's primary name
 * @param matchedName the listed name that scored best
 * @param score the match score
 * @param mention the name as it occurs in the document
 * @param origin {@code resolved} or {@code unresolved}
 * @param doc the document id
 * @param sentence the sentence's index
 * @param sentenceText the sentence, the evidence an analyst reads; empty when not stored
 * @param start UTF-16 offset of the mention in the document text
 * @param end offset just past it
 * @param judgement the analyst's verdict, or null when none was recorded
 * @param explanation how the score was reached
 */
public record XrefMatch(
    long entity,
    String entityName,
    String matchedName,
    double score,
    String mention,
    String origin,
    String doc,
    int sentence,
    String sentenceText,
    int start,
    int end,
    Judgement judgement,
    List<ScoreFeature> explanation) {

  public XrefMatch {
    Objects.requireNonNull(entityName, "entityName");
    Objects.requireNonNull(matchedName, "matchedName");
    Objects.requireNonNull(mention, "mention");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(doc, "doc");
    Objects.requireNonNull(sentenceText, "sentenceText");
    explanation = List.copyOf(explanation);
    if (entity < 1 || sentence < 0) {
      throw new IllegalArgumentException("invalid match of entity " + entity + " in sentence " + sentence);
    }
  }
}
