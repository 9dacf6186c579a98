package org.dyad.core.sanctions;

import java.util.List;
import java.util.Objects;

/**
 * A listed entity a name may refer to, with the score and how it was reached.
 *
 * @param entity the list's entity number
 * @param name the entity's primary name
 * @param matchedName the primary name or alias that scored best
 * @param score between 0 and 1; 1 is the same name after normalisation
 * @param explanation each feature's contribution
 */
public record SanctionsCandidate(long entity, String name, String matchedName, double score, List<ScoreFeature> explanation) {

  public SanctionsCandidate {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(matchedName, "matchedName");
    if (!(score >= 0 && score <= 1)) {
      throw new IllegalArgumentException("score must be within [0, 1], got " + score);
    }
    explanation = List.copyOf(explanation);
  }
}
