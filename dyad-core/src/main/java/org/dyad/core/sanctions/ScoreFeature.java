package org.dyad.core.sanctions;

import java.util.Objects;

/**
 * One line of a match's explanation: a feature and what it added to (or took from) the score.
 *
 * @param feature what was compared ({@code "part"}, {@code "coverage"}, {@code "birth year"}, {@code "country"})
 * @param detail what was found ({@code "ezedin ~ izz al-din: 0.86 jaro-winkler"})
 * @param contribution its share of the score; negative for a penalty
 */
public record ScoreFeature(String feature, String detail, double contribution) {

  public ScoreFeature {
    Objects.requireNonNull(feature, "feature");
    Objects.requireNonNull(detail, "detail");
    if (!Double.isFinite(contribution)) {
      throw new IllegalArgumentException("contribution must be finite for " + feature);
    }
  }
}
