package org.dyad.bench.harness;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PassBudgetsTest {

  private static final long SECOND = 1_000_000_000L;
  private static final Instant NOW = Instant.parse("2026-11-29T12:00:00Z");

  @Test
  void withoutADeadlineEveryPassGetsItsBudget() {
    PassBudgets budgets = new PassBudgets(Duration.ofSeconds(8), Duration.ofSeconds(10), null, 2, 0);

    assertThat(budgets.warm()).isEqualTo(Duration.ofSeconds(8));
    assertThat(budgets.warmUntil(500 * SECOND, NOW)).isNull();
    assertThat(budgets.nextTimed(500 * SECOND)).isEqualTo(Duration.ofSeconds(10));
    assertThat(budgets.nextTimed(900 * SECOND)).isEqualTo(Duration.ofSeconds(10));
  }

  @Test
  void untimedPassesEndInTimeToLeaveTheTimedOnesTheirBudgets() {
    PassBudgets budgets = new PassBudgets(Duration.ofSeconds(8), Duration.ofSeconds(10), Duration.ofSeconds(105), 2, 0);

    // 105 s from the start, less 2 × 10 s for the timed passes: 85 s from the start, 75 s from now.
    assertThat(budgets.warmUntil(10 * SECOND, NOW)).isEqualTo(NOW.plusSeconds(75));
  }

  @Test
  void timedPassesShareWhatIsLeftWhenTheModelsLoadedLate() {
    PassBudgets budgets = new PassBudgets(null, Duration.ofSeconds(10), Duration.ofSeconds(105), 2, 0);

    assertThat(budgets.nextTimed(95 * SECOND)).isEqualTo(Duration.ofSeconds(5));
    assertThat(budgets.nextTimed(101 * SECOND)).isEqualTo(Duration.ofSeconds(4));
  }

  @Test
  void aTimedPassGetsItsFullBudgetWhenThereIsTimeAndThreeSecondsWhenThereIsNone() {
    PassBudgets early = new PassBudgets(null, Duration.ofSeconds(10), Duration.ofSeconds(105), 2, 0);
    PassBudgets late = new PassBudgets(null, Duration.ofSeconds(10), Duration.ofSeconds(105), 2, 0);

    assertThat(early.nextTimed(40 * SECOND)).isEqualTo(Duration.ofSeconds(10));
    assertThat(late.nextTimed(110 * SECOND)).isEqualTo(Duration.ofSeconds(3));
  }
}
