package org.dyad.cli;

import java.io.PrintStream;
import java.util.function.Consumer;

/**
 * Prints a stage's progress as one line on stderr at most every two seconds, so a log stays short
 * however many documents a run has.
 */
final class ProgressLines implements Consumer<Long> {

  private static final long EVERY_NANOS = 2_000_000_000L;
  private final PrintStream err;
  private final String format;
  private final long start = System.nanoTime();
  private long lastReport = start;

  /** @param format takes the number of documents done and the seconds since the stage began */
  ProgressLines(PrintStream err, String format) {
    this.err = err;
    this.format = format;
  }

  @Override
  public synchronized void accept(Long done) {
    long now = System.nanoTime();
    if (now - lastReport > EVERY_NANOS) {
      err.printf(format, done, (now - start) / 1e9);
      lastReport = now;
    }
  }
}
