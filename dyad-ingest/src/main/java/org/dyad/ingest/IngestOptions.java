package org.dyad.ingest;

import java.util.Objects;
import org.dyad.core.evidence.AdmiraltyGrade;
import org.dyad.ingest.extract.ExtractorLimits;
import org.dyad.ingest.scan.ScanLimits;

/**
 * How to ingest: outlet and grade to give every document (null for the defaults: outlet from the
 * folder, no grade), the scan caps and the parser limits.
 *
 * @param threads threads reading, hashing and storing files
 */
public record IngestOptions(String outlet, String grade, ScanLimits scanLimits, ExtractorLimits extractorLimits, int threads) {

  public IngestOptions {
    Objects.requireNonNull(scanLimits, "scanLimits");
    Objects.requireNonNull(extractorLimits, "extractorLimits");
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1: " + threads);
    }
    if (outlet != null && outlet.isBlank()) {
      throw new IllegalArgumentException("the outlet name is empty");
    }
    // One reading of grades everywhere: "b2" is stored as B2, which the grade filters compare.
    grade = grade == null ? null : AdmiraltyGrade.parse(grade).toString();
  }

  public static IngestOptions defaults() {
    return new IngestOptions(
        null, null, ScanLimits.defaults(), ExtractorLimits.defaults(), 2 * Runtime.getRuntime().availableProcessors());
  }

  public IngestOptions withOutlet(String newOutlet) {
    return new IngestOptions(newOutlet, grade, scanLimits, extractorLimits, threads);
  }

  public IngestOptions withGrade(String newGrade) {
    return new IngestOptions(outlet, newGrade, scanLimits, extractorLimits, threads);
  }

  public IngestOptions withScanLimits(ScanLimits limits) {
    return new IngestOptions(outlet, grade, limits, extractorLimits, threads);
  }

  public IngestOptions withExtractorLimits(ExtractorLimits limits) {
    return new IngestOptions(outlet, grade, scanLimits, limits, threads);
  }
}
