package org.dyad.spark;

import java.util.Objects;

/**
 * What one job run reads and writes.
 *
 * @param input a folder (or file) of documents, JSON Lines or Parquet; any Hadoop file system URI
 * @param format how to read {@code input}
 * @param output the folder the tables are written under; must not exist yet
 * @param outlet the outlet of every document, or null to take it from the input (see {@link DocumentInputs#read})
 * @param partitions how many tasks share the documents; 0 for four per core of the cluster
 */
public record JobOptions(String input, InputFormat format, String output, String outlet, int partitions) {

  public JobOptions {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(output, "output");
    if (partitions < 0) {
      throw new IllegalArgumentException("--partitions must be 0 (automatic) or more, got " + partitions);
    }
  }
}
