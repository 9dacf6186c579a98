package org.dyad.sanctions.xref;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.dyad.core.sanctions.Judgement;
import org.junit.jupiter.api.Test;

class JudgementFilterTest {

  @Test
  void readsItsWords() {
    assertThat(JudgementFilter.of(" Not-A-Match ")).isEqualTo(JudgementFilter.NOT_A_MATCH);
    assertThat(JudgementFilter.of("none")).isEqualTo(JudgementFilter.NONE);
    assertThatThrownBy(() -> JudgementFilter.of("maybe"))
        .hasMessage("judgement must be open, all, match, not-a-match, unsure or none, got 'maybe'");
  }

  @Test
  void openHidesOnlyWhatWasJudgedNotAMatch() {
    assertThat(JudgementFilter.OPEN.admits(null)).isTrue();
    assertThat(JudgementFilter.OPEN.admits(Judgement.UNSURE)).isTrue();
    assertThat(JudgementFilter.OPEN.admits(Judgement.NOT_A_MATCH)).isFalse();
    assertThat(JudgementFilter.ALL.admits(Judgement.NOT_A_MATCH)).isTrue();
    assertThat(JudgementFilter.NONE.admits(Judgement.MATCH)).isFalse();
    assertThat(JudgementFilter.MATCH.admits(Judgement.MATCH)).isTrue();
  }
}
