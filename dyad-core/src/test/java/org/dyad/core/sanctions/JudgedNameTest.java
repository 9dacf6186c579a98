package org.dyad.core.sanctions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class JudgedNameTest {

  @Test
  void theKeyIgnoresCaseAndRunsOfWhiteSpace() {
    JudgedName judged = new JudgedName(12841, "  Yasin\t al-Suri ", Judgement.MATCH);
    assertThat(judged.name()).isEqualTo("Yasin al-Suri");
    assertThat(judged.key()).isEqualTo(JudgedName.keyOf("YASIN AL-SURI"));
  }

  @Test
  void aJudgementNeedsAnEntityAndAName() {
    assertThatThrownBy(() -> new JudgedName(0, "x", Judgement.MATCH)).hasMessageContaining("entity");
    assertThatThrownBy(() -> new JudgedName(1, " ", Judgement.MATCH)).hasMessageContaining("name");
  }
}
