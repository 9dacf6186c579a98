package org.dyad.core.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A file that could not be ingested, with a one-line reason. Failures are listed to the user and
 * never stop a run.
 *
 * @param path the file, or {@code archive!/entry} inside an archive
 * @param stage the pipeline stage that failed (scan, extract, index)
 * @param reason one line saying what went wrong
 * @param at when it happened
 */
public record IngestFailure(String path, Stage stage, String reason, Instant at) {

  public IngestFailure {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(at, "at");
    reason = reason.replaceAll("\\s+", " ").strip();
  }

  /** Pipeline stages, in order. */
  public enum Stage {
    SCAN,
    EXTRACT,
    INDEX,
    ANNOTATE,
    CODE
  }
}
