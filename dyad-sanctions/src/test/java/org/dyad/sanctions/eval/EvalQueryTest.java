package org.dyad.sanctions.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EvalQueryTest {

  @Test
  void entityZeroMarksANegative() {
    assertThat(new EvalQuery("x", 0, "negative", "").negative()).isTrue();
    assertThat(new EvalQuery("x", 5, "edit", "").negative()).isFalse();
    assertThatThrownBy(() -> new EvalQuery(" ", 5, "edit", "")).hasMessageContaining("spelling");
  }
}
