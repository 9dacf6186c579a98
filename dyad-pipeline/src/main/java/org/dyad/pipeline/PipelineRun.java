package org.dyad.pipeline;

/**
 * A finished pipeline run: its report and how long the annotate and code stages took.
 *
 * @param annotate_seconds wall time of the annotate stage, 0 when skipped
 * @param code_seconds wall time of the code stage, 0 when skipped
 */
public record PipelineRun(PipelineReport report, double annotate_seconds, double code_seconds) {

  public PipelineRun {
    java.util.Objects.requireNonNull(report, "report");
  }
}
