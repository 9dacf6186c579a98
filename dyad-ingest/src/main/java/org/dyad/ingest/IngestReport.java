package org.dyad.ingest;

import java.time.Duration;

/**
 * What one ingest run did.
 *
 * @param ingested new documents stored and indexed
 * @param duplicates files whose bytes were already in the workspace
 * @param failed files that could not be ingested
 * @param reindexed documents found unindexed after an interrupted run and indexed again
 * @param bytes bytes of the files looked at
 */
public record IngestReport(long ingested, long duplicates, long failed, long reindexed, long bytes, Duration elapsed) {

  public double megabytesPerSecond() {
    double seconds = Math.max(1e-3, elapsed.toNanos() / 1e9);
    return bytes / 1e6 / seconds;
  }

  public double filesPerSecond() {
    double seconds = Math.max(1e-3, elapsed.toNanos() / 1e9);
    return (ingested + duplicates + failed) / seconds;
  }
}
