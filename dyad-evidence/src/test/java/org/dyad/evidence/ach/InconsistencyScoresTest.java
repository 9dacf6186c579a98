package org.dyad.evidence.ach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class InconsistencyScoresTest {

  @Test
  void ranksTheLeastInconsistentHypothesisFirstWeightedByGradeAndRelevance() {
    // Weights: E1 A1/HIGH 1.0; E2 B2/HIGH 0.8; E3 C3/MEDIUM 0.6 x 0.6 = 0.36; E4 ungraded/LOW 0.5 x 0.3 = 0.15.
    // H1: I on E1 (1.0) + II on E4 (2 x 0.15) = 1.3. H2: nothing against = 0. H3: II on E2 (1.6) + II on E3 (0.72) = 2.32.
    List<InconsistencyScores.Ranked> ranking = InconsistencyScores.rank(Boards.iranAndAlQaeda());

    assertThat(ranking).extracting(r -> r.hypothesis().id()).containsExactly("H2", "H1", "H3");
    assertThat(ranking).extracting(InconsistencyScores.Ranked::rank).containsExactly(1, 2, 3);
    assertThat(ranking.get(0).inconsistency()).isZero();
    assertThat(ranking.get(1).inconsistency()).isCloseTo(1.3, within(1e-9));
    assertThat(ranking.get(2).inconsistency()).isCloseTo(2.32, within(1e-9));
    assertThat(ranking.get(2).inconsistentItems()).isEqualTo(2);
  }

  @Test
  void equalScoresShareARankAndAreAllLeaders() {
    AchBoard board = Boards.iranAndAlQaeda().rate("E1", "H1", Rating.C).rate("E4", "H1", Rating.N);

    assertThat(InconsistencyScores.rank(board)).extracting(InconsistencyScores.Ranked::rank).containsExactly(1, 1, 3);
    assertThat(InconsistencyScores.leaders(board)).containsExactly("H1", "H2");
  }

  @Test
  void anUnratedCellCountsAsNotApplicable() {
    AchBoard board = Boards.iranAndAlQaeda().withHypothesis(new Hypothesis("H4", "Rivals"));

    assertThat(board.rating("E1", "H4")).isEqualTo(Rating.NA);
    assertThat(InconsistencyScores.rank(board).get(0).inconsistency()).isZero();
  }
}
