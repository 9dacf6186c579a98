package org.dyad.bench.harness;

import java.time.Duration;
import java.time.Instant;

/**
 * The time budgets of a comparison's passes. Without a deadline each pass gets the configured
 * budget. With one, the timed passes share the time left before it, each getting at most its
 * budget and at least three seconds, and the untimed passes are asked to end early enough to leave the
 * timed ones their full budgets; a run whose models load too slowly still ends near its deadline,
 * with shorter passes.
 */
final class PassBudgets {

  private static final Duration LEAST = Duration.ofSeconds(3);

  private final Duration warm;
  private final Duration timed;
  private final long deadlineNanos;
  private final boolean bounded;
  private int timedLeft;

  /**
   * @param warm each untimed pass's budget, or null
   * @param timed each timed pass's budget, or null
   * @param deadline how long after {@code startNanos} the comparison should end, or null
   * @param timedPasses how many timed passes there will be
   */
  PassBudgets(Duration warm, Duration timed, Duration deadline, int timedPasses, long startNanos) {
    this.warm = warm;
    this.timed = timed;
    this.bounded = deadline != null;
    this.deadlineNanos = bounded ? startNanos + deadline.toNanos() : Long.MAX_VALUE;
    this.timedLeft = timedPasses;
  }

  Duration warm() {
    return warm;
  }

  /**
   * The clock time by which an untimed pass should end to leave every timed pass its budget, or
   * null without a deadline. {@code nowNanos} and {@code now} are the same moment on the two clocks.
   */
  Instant warmUntil(long nowNanos, Instant now) {
    if (!bounded) {
      return null;
    }
    long reserve = timed == null ? 0 : timed.toNanos() * timedLeft;
    return now.plusNanos(deadlineNanos - reserve - nowNanos);
  }

  /** The budget of the next timed pass, which starts at {@code nowNanos}. */
  Duration nextTimed(long nowNanos) {
    int passes = Math.max(1, timedLeft);
    timedLeft = Math.max(0, timedLeft - 1);
    if (!bounded) {
      return timed;
    }
    Duration share = Duration.ofNanos(Math.max(0, deadlineNanos - nowNanos) / passes);
    Duration budget = timed == null || share.compareTo(timed) < 0 ? share : timed;
    return budget.compareTo(LEAST) < 0 ? LEAST : budget;
  }
}
