package org.dyad.spark;

/**
 * What a job run wrote: rows of each table, and its wall time.
 *
 * @param documents documents with text (some may also have failed annotation)
 * @param failures files or records that failed a stage, each with its reason
 */
public record JobReport(long documents, long sentences, long mentions, long events, long clusters, long failures,
    double seconds) {

  public JobReport {
    if (documents < 0 || sentences < 0 || mentions < 0 || events < 0 || clusters < 0 || failures < 0 || seconds < 0) {
      throw new IllegalArgumentException("counts and time cannot be negative");
    }
  }

  /** Documents per second of wall time. */
  public double documentsPerSecond() {
    return seconds == 0 ? 0 : documents / seconds;
  }
}
