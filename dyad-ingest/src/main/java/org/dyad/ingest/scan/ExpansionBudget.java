package org.dyad.ingest.scan;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts the bytes expanded from one archive (nested archives included) and stops the expansion
 * when they pass the absolute cap or the ratio to the archive's own size: a zip bomb is detected
 * while it streams, before it fills the disk.
 */
final class ExpansionBudget {

  private static final long RATIO_GRACE_BYTES = 16L << 20;
  private final long archiveBytes;
  private final ScanLimits limits;
  private long expanded;

  ExpansionBudget(long archiveBytes, ScanLimits limits) {
    this.archiveBytes = Math.max(1, archiveBytes);
    this.limits = limits;
  }

  void spend(long bytes) throws ArchiveBombException {
    expanded += bytes;
    if (expanded > limits.maxExpandedBytes()) {
      throw new ArchiveBombException(
          "archive expands to more than " + limits.maxExpandedBytes() + " bytes; expansion stopped (zip bomb?)");
    }
    if (expanded > RATIO_GRACE_BYTES && expanded / archiveBytes > limits.maxExpansionRatio()) {
      throw new ArchiveBombException(
          "archive expands more than " + limits.maxExpansionRatio() + " times its size; expansion stopped (zip bomb?)");
    }
  }

  /** Wraps an entry stream so every byte read from it is charged to this budget. */
  InputStream meter(InputStream entry) {
    return new FilterInputStream(entry) {
      @Override
      public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
          spend(1);
        }
        return b;
      }

      @Override
      public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
          spend(n);
        }
        return n;
      }

      @Override
      public void close() {
        // The archive stream owns the underlying stream; entries must not close it.
      }
    };
  }

  /** The archive expanded past its budget. */
  static final class ArchiveBombException extends IOException {
    ArchiveBombException(String message) {
      super(message);
    }
  }
}
