package org.dyad.evidence.ach;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class SensitivityTest {

  @Test
  void whenNoSingleItemMattersThePairsThatWouldTieTheLeaderAreCritical() {
    // H2 leads with 0. Only removing both items against H1 (E1, E4) or both against H3 (E2, E3)
    // brings a rival level with it.
    Sensitivity.Result result = Sensitivity.of(Boards.iranAndAlQaeda());

    assertThat(result.size()).isEqualTo(2);
    assertThat(result.critical()).containsExactlyInAnyOrder(Set.of("E1", "E4"), Set.of("E2", "E3"));
  }

  @Test
  void aLeadRestingOnOneItemMakesThatItemCritical() {
    // Now E2 alone counts against H2; without E2, H2 and H1 (E1 consistent, E4 neutral) tie.
    AchBoard board = Boards.iranAndAlQaeda()
        .rate("E1", "H1", Rating.C).rate("E4", "H1", Rating.N)
        .rate("E2", "H1", Rating.CC).rate("E2", "H2", Rating.I);

    Sensitivity.Result result = Sensitivity.of(board);

    assertThat(InconsistencyScores.leaders(board)).containsExactly("H1");
    assertThat(result.size()).isEqualTo(1);
    assertThat(result.critical()).containsExactly(Set.of("E2"));
  }
}
