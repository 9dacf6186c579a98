package org.dyad.ingest.extract;

import java.time.Duration;
import java.util.Objects;

/**
 * Limits on the out-of-process parsers, so a hostile file costs one file and never the run.
 *
 * @param processes parser processes run side by side
 * @param timeout longest a parser may spend on one file before its process is killed
 * @param heapMegabytes heap of each parser process
 * @param maxTextChars longest text kept from one file; the rest is cut with a warning
 * @param ocrLanguages tesseract language packs joined by {@code +}, e.g. {@code eng+ara+fas}
 */
public record ExtractorLimits(
    int processes, Duration timeout, int heapMegabytes, int maxTextChars, String ocrLanguages) {

  public ExtractorLimits {
    if (processes < 1) {
      throw new IllegalArgumentException("at least one parser process is needed: " + processes);
    }
    Objects.requireNonNull(timeout, "timeout");
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("the parse timeout must be positive: " + timeout);
    }
    if (heapMegabytes < 64) {
      throw new IllegalArgumentException("a parser needs at least 64 MB of heap: " + heapMegabytes);
    }
    if (maxTextChars < 1) {
      throw new IllegalArgumentException("the text limit must be positive: " + maxTextChars);
    }
    if (ocrLanguages == null || !ocrLanguages.matches("[a-z_]{3,8}(\\+[a-z_]{3,8})*")) {
      throw new IllegalArgumentException("OCR languages look like eng or eng+ara+fas: " + ocrLanguages);
    }
  }

  public static ExtractorLimits defaults() {
    return new ExtractorLimits(
        Math.max(1, Runtime.getRuntime().availableProcessors()),
        Duration.ofMinutes(2),
        768,
        20_000_000,
        "eng");
  }

  public ExtractorLimits withTimeout(Duration newTimeout) {
    return new ExtractorLimits(processes, newTimeout, heapMegabytes, maxTextChars, ocrLanguages);
  }

  public ExtractorLimits withHeapMegabytes(int megabytes) {
    return new ExtractorLimits(processes, timeout, megabytes, maxTextChars, ocrLanguages);
  }

  public ExtractorLimits withProcesses(int count) {
    return new ExtractorLimits(count, timeout, heapMegabytes, maxTextChars, ocrLanguages);
  }

  public ExtractorLimits withOcrLanguages(String languages) {
    return new ExtractorLimits(processes, timeout, heapMegabytes, maxTextChars, languages);
  }
}
