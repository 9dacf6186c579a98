package org.dyad.evidence.ach;

import java.util.List;

/**
 * Everything Heuer's method computes for a board: the hypotheses ranked by inconsistency, the
 * diagnosticity of each item and the items the ranking is sensitive to.
 */
public record AchAnalysis(AchBoard board, List<InconsistencyScores.Ranked> ranking, List<Diagnosticity.Item> diagnosticity,
    Sensitivity.Result sensitivity) {

  public AchAnalysis {
    ranking = List.copyOf(ranking);
    diagnosticity = List.copyOf(diagnosticity);
  }

  public static AchAnalysis of(AchBoard board) {
    return new AchAnalysis(board, InconsistencyScores.rank(board), Diagnosticity.of(board), Sensitivity.of(board));
  }
}
