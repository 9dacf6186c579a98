package org.dyad.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class EventJudgementTest {

  @Test
  void onlyARecodeCarriesACodeAndItsCameoFacts() {
    EventJudgement recode = new EventJudgement("e1", Judgement.RECODE, "042", null, Instant.EPOCH);
    assertThat(recode.cameo()).hasValueSatisfying(code -> assertThat(code.quad()).isEqualTo(1));
    assertThat(new EventJudgement("e1", Judgement.WRONG, null, "no", Instant.EPOCH).cameo()).isEmpty();
    assertThatThrownBy(() -> new EventJudgement("e1", Judgement.RECODE, null, null, Instant.EPOCH))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new EventJudgement("e1", Judgement.RIGHT, "042", null, Instant.EPOCH))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new EventJudgement("e1", Judgement.RECODE, "4x", null, Instant.EPOCH))
        .hasMessageContaining("2 to 4 digits");
  }

  @Test
  void judgementsReadAsTyped() {
    assertThat(Judgement.parse("Wrong")).isEqualTo(Judgement.WRONG);
    assertThatThrownBy(() -> Judgement.parse("maybe")).hasMessageContaining("right, wrong or recode");
  }
}
