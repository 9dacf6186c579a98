package org.dyad.core.sanctions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class JudgementTest {

  @Test
  void wordsRoundTrip() {
    for (Judgement judgement : Judgement.values()) {
      assertThat(Judgement.of(judgement.word())).isEqualTo(judgement);
    }
    assertThat(Judgement.NOT_A_MATCH.word()).isEqualTo("not-a-match");
    assertThat(Judgement.of(" MATCH ")).isEqualTo(Judgement.MATCH);
  }

  @Test
  void anUnknownWordIsRefusedNamingTheChoices() {
    assertThatThrownBy(() -> Judgement.of("maybe")).hasMessageContaining("match, not-a-match or unsure");
  }
}
