package org.dyad.nlp.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CodeTallyTest {

  @Test
  void addsOneGoldActorAtATime() {
    CodeTally tally = new CodeTally(0, 0).plus(true).plus(false).plus(true).plus(true);
    assertThat(tally).isEqualTo(new CodeTally(3, 4));
    assertThat(tally.recall()).isEqualTo(0.75);
    assertThat(new CodeTally(0, 0).recall()).isZero();
  }

  @Test
  void cannotFindMoreThanThereIs() {
    assertThatThrownBy(() -> new CodeTally(2, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CodeTally(-1, 1)).isInstanceOf(IllegalArgumentException.class);
  }
}
