package org.dyad.bench.harness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BoundedPassTest {

  private final ExecutorService workers = Executors.newFixedThreadPool(3);

  @AfterEach
  void stopWorkers() {
    workers.shutdownNow();
  }

  @Test
  void withoutABudgetEveryItemIsProcessedOnce() throws Exception {
    ConcurrentLinkedQueue<Integer> seen = new ConcurrentLinkedQueue<>();

    BoundedPass.Outcome outcome = BoundedPass.run(workers, 3, 50, null, seen::add);

    assertThat(seen).hasSize(50).containsExactlyInAnyOrder(java.util.stream.IntStream.range(0, 50).boxed().toArray(Integer[]::new));
    assertThat(outcome.done()).isEqualTo(50);
    assertThat(outcome.cut()).isFalse();
  }

  @Test
  void aSpentBudgetTakesNoItemAndSaysSo() throws Exception {
    BoundedPass.Outcome outcome = BoundedPass.run(workers, 3, 50, Duration.ZERO, index -> {
      throw new AssertionError("no item should be taken");
    });

    assertThat(outcome.done()).isZero();
    assertThat(outcome.cut()).isTrue();
  }

  @Test
  void aFailingItemFailsThePassWithItsOwnException() {
    assertThatThrownBy(() -> BoundedPass.run(workers, 3, 50, null, index -> {
      if (index == 7) {
        throw new IllegalStateException("item 7");
      }
    })).isInstanceOf(IllegalStateException.class).hasMessage("item 7");
  }
}
