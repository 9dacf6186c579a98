package org.dyad.ingest.scan;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ExpansionBudgetTest {

  @Test
  void stopsPastTheAbsoluteCap() {
    ExpansionBudget budget = new ExpansionBudget(1 << 30, new ScanLimits(1 << 30, 1000, 1000, 3));
    assertThatCode(() -> budget.spend(1000)).doesNotThrowAnyException();
    assertThatThrownBy(() -> budget.spend(1)).hasMessageContaining("more than 1000 bytes");
  }

  @Test
  void stopsPastTheRatioOnceTheExpansionIsLarge() throws Exception {
    ExpansionBudget budget = new ExpansionBudget(100_000, new ScanLimits(1L << 40, 1L << 40, 200, 3));
    budget.spend(16L << 20);
    assertThatThrownBy(() -> budget.spend(8L << 20)).hasMessageContaining("200 times");
  }

  @Test
  void smallArchivesMayExpandALotWithoutAlarm() {
    ExpansionBudget budget = new ExpansionBudget(1000, new ScanLimits(1L << 40, 1L << 40, 200, 3));
    assertThatCode(() -> budget.spend(10L << 20)).doesNotThrowAnyException();
  }
}
