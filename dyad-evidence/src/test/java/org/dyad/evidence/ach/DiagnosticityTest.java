package org.dyad.evidence.ach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class DiagnosticityTest {

  @Test
  void theSpreadOfAnItemsRatingsOverFour() {
    List<Diagnosticity.Item> items = Diagnosticity.of(Boards.iranAndAlQaeda());

    // E1 I,C,C: 2/4; E2 N,CC,II: 4/4; E3 C,C,II: 3/4; E4 II,N,C: 3/4.
    assertThat(items).extracting(Diagnosticity.Item::diagnosticity).containsExactly(0.5, 1.0, 0.75, 0.75);
    assertThat(items.get(1).weighted()).isCloseTo(0.8, within(1e-9));
  }

  @Test
  void anItemRatedAlikeEverywhereOrApplyingOnceHasNoDiagnosticValue() {
    AchBoard board = Boards.iranAndAlQaeda()
        .rate("E1", "H1", Rating.C)
        .rate("E3", "H1", Rating.NA).rate("E3", "H2", Rating.NA);

    List<Diagnosticity.Item> items = Diagnosticity.of(board);

    assertThat(items.get(0).diagnostic()).isFalse();
    assertThat(items.get(2).diagnosticity()).isZero();
  }
}
