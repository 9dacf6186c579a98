package org.dyad.analysis.trend;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TrendVerdictTest {

  private static final MannKendall.Result SIGNIFICANT_RISE = new MannKendall.Result(39, 200, 2.7, 0.0033);
  private static final MannKendall.Result NOTHING = new MannKendall.Result(0, 0, 0, 1);

  @Test
  void tooFewPeriodsOrClustersIsInsufficient() {
    assertThat(TrendVerdict.of(5, 100, 0.2, SIGNIFICANT_RISE)).isEqualTo(TrendVerdict.INSUFFICIENT_EVIDENCE);
    assertThat(TrendVerdict.of(12, 14, 0.2, SIGNIFICANT_RISE)).isEqualTo(TrendVerdict.INSUFFICIENT_EVIDENCE);
  }

  @Test
  void significantSlopesGiveTheirDirection() {
    assertThat(TrendVerdict.of(6, 15, 0.2, SIGNIFICANT_RISE)).isEqualTo(TrendVerdict.CLOSER);
    assertThat(TrendVerdict.of(12, 44, -0.16, new MannKendall.Result(-36, 200, -2.5, 0.012))).isEqualTo(TrendVerdict.APART);
    assertThat(TrendVerdict.of(12, 44, 0.0, new MannKendall.Result(-36, 200, -2.5, 0.012)))
        .as("a zero slope takes the sign of S").isEqualTo(TrendVerdict.APART);
  }

  @Test
  void pAtOrAboveTheLevelIsStable() {
    assertThat(TrendVerdict.of(12, 45, 0.0, NOTHING)).isEqualTo(TrendVerdict.STABLE);
    assertThat(TrendVerdict.of(12, 45, 0.3, new MannKendall.Result(20, 200, 1.96, 0.05))).isEqualTo(TrendVerdict.STABLE);
  }

  @Test
  void writtenAsTheKeyWritesIt() {
    assertThat(TrendVerdict.INSUFFICIENT_EVIDENCE.word()).isEqualTo("insufficient_evidence");
  }
}
