package org.dyad.bench.harness;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One pass over items {@code 0..n-1}: every worker of a pool takes the next item in index order
 * until none is left or the time budget has run out, then finishes the item it holds. Both sides of
 * the coding comparison are timed with it, so both schedule their work the same way. A pass cut by
 * its budget has done a prefix of the items (give or take the ones in flight).
 */
public final class BoundedPass {

  /** Works on one item; called from several threads at once. */
  public interface Item {
    void process(int index) throws Exception;
  }

  /**
   * @param done how many items were processed
   * @param seconds wall time from the first item taken to the last one finished
   * @param cut whether the budget stopped the pass before every item was taken
   */
  public record Outcome(int done, double seconds, boolean cut) {}

  private BoundedPass() {}

  /**
   * @param workers the pool; its size is the pass's number of threads, and threads keep their
   *     thread-local state (parsers) from one pass to the next
   * @param threads how many workers to occupy, at most the pool's size
   * @param budget when to stop taking items; {@code null} for no limit
   */
  public static Outcome run(ExecutorService workers, int threads, int items, Duration budget, Item item)
      throws Exception {
    AtomicInteger next = new AtomicInteger();
    AtomicInteger done = new AtomicInteger();
    long start = System.nanoTime();
    long deadline = budget == null ? Long.MAX_VALUE : start + budget.toNanos();
    List<Future<?>> running = new ArrayList<>(threads);
    for (int t = 0; t < threads; t++) {
      running.add(workers.submit(() -> {
        for (int i = next.getAndIncrement(); i < items && System.nanoTime() < deadline; i = next.getAndIncrement()) {
          item.process(i);
          done.incrementAndGet();
        }
        return null;
      }));
    }
    try {
      for (Future<?> worker : running) {
        worker.get();
      }
    } catch (ExecutionException e) {
      running.forEach(worker -> worker.cancel(true));
      throw e.getCause() instanceof Exception cause ? cause : e;
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    return new Outcome(done.get(), seconds, done.get() < items);
  }
}
