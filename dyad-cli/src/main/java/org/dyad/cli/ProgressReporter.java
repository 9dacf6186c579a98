package org.dyad.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.dyad.core.model.IngestFailure;
import org.dyad.pipeline.PipelineListener;

/**
 * Shows ingest progress on stderr: a live bar (files/s, MB/s, ETA) on a terminal, one line per
 * update otherwise (logs, CI). Failures and warnings are printed as they happen, one line each;
 * the annotate and code stages that follow get a line every few seconds.
 */
final class ProgressReporter implements PipelineListener, AutoCloseable {

  private final PrintStream err;
  private final boolean terminal;
  private final long startNanos = System.nanoTime();
  private final AtomicLong files = new AtomicLong();
  private final AtomicLong bytes = new AtomicLong();
  private volatile ProgressBar bar;
  private volatile ProgressLines annotated;
  private volatile ProgressLines coded;

  ProgressReporter(PrintStream err) {
    this.err = err;
    this.terminal = System.console() != null && System.console().isTerminal();
  }

  @Override
  public void phase(Phase phase) {
    // Each stage's lines count its own seconds.
    switch (phase) {
      case INGEST -> { }
      case ANNOTATE -> {
        close();
        annotated = new ProgressLines(err, "Annotated %,d documents (%.0f s)%n");
      }
      case CODE -> coded = new ProgressLines(err, "Coded %,d documents (%.0f s)%n");
    }
  }

  @Override
  public void annotated(long documents) {
    if (annotated != null) {
      annotated.accept(documents);
    }
  }

  @Override
  public void coded(long documents) {
    if (coded != null) {
      coded.accept(documents);
    }
  }

  @Override
  public synchronized void planned(long plannedFiles, long plannedBytes) {
    ProgressBarBuilder builder = new ProgressBarBuilder()
        .setTaskName("Ingest")
        .setInitialMax(Math.max(1, plannedBytes / 1024))
        .setUnit(" KB", 1)
        .showSpeed()
        .setEtaFunction(state -> java.util.Optional.of(eta(plannedBytes)));
    if (terminal) {
      builder.setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK).setConsumer(new ConsoleProgressBarConsumer(err))
          .setUpdateIntervalMillis(250);
    } else {
      builder.setStyle(ProgressBarStyle.ASCII).setConsumer(new DelegatingProgressBarConsumer(err::println))
          .setUpdateIntervalMillis(2000).continuousUpdate();
    }
    bar = builder.build();
    err.printf("Found %,d files (%.1f MB)%n", plannedFiles, plannedBytes / 1e6);
  }

  private Duration eta(long plannedBytes) {
    double seconds = (System.nanoTime() - startNanos) / 1e9;
    long done = bytes.get();
    if (done == 0 || seconds < 0.5) {
      return Duration.ZERO;
    }
    return Duration.ofSeconds((long) (Math.max(0, plannedBytes - done) / (done / seconds)));
  }

  @Override
  public void done(String path, long size, Outcome outcome) {
    long doneFiles = files.incrementAndGet();
    long doneBytes = bytes.addAndGet(size);
    ProgressBar current = bar;
    if (current != null) {
      double seconds = Math.max(1e-3, (System.nanoTime() - startNanos) / 1e9);
      current.stepTo(Math.min(current.getMax(), doneBytes / 1024));
      current.setExtraMessage(String.format(" %,d files, %.0f files/s, %.1f MB/s", doneFiles, doneFiles / seconds,
          doneBytes / 1e6 / seconds));
    }
  }

  @Override
  public void warning(String path, String message) {
    err.println("warning: " + path + ": " + message);
  }

  @Override
  public void failed(IngestFailure failure) {
    err.println("failed: " + failure.path() + ": " + failure.reason());
  }

  @Override
  public synchronized void close() {
    if (bar != null) {
      bar.stepTo(bar.getMax());
      bar.close();
      bar = null;
    }
  }
}
