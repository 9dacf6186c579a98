package org.dyad.ingest.scan;

/**
 * Caps that keep hostile inputs from exhausting disk or memory.
 *
 * @param maxFileBytes largest single file (or archive entry) accepted
 * @param maxExpandedBytes most bytes one archive, nested archives included, may expand to
 * @param maxExpansionRatio most expanded bytes per byte of the archive file, the signature of a
 *     zip bomb
 * @param maxArchiveDepth how deep archives inside archives are opened
 */
public record ScanLimits(long maxFileBytes, long maxExpandedBytes, int maxExpansionRatio, int maxArchiveDepth) {

  public ScanLimits {
    if (maxFileBytes < 1 || maxExpandedBytes < 1 || maxExpansionRatio < 1 || maxArchiveDepth < 0) {
      throw new IllegalArgumentException("scan limits must be positive");
    }
  }

  public static ScanLimits defaults() {
    return new ScanLimits(512L << 20, 8L << 30, 200, 4);
  }

  public ScanLimits withMaxFileBytes(long bytes) {
    return new ScanLimits(bytes, maxExpandedBytes, maxExpansionRatio, maxArchiveDepth);
  }
}
