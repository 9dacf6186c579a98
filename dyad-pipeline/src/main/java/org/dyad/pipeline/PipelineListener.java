package org.dyad.pipeline;

import org.dyad.ingest.IngestListener;

/**
 * Hears how a run of the whole pipeline goes: the ingest stage's files, then how many documents
 * the annotate and code stages have finished. Called from several threads.
 */
public interface PipelineListener extends IngestListener {

  /** A stage begins; the stages come in the order of {@link Phase}. */
  default void phase(Phase phase) {}

  /** The annotate stage has finished this many documents so far. */
  default void annotated(long documents) {}

  /** The code stage has finished this many documents so far. */
  default void coded(long documents) {}

  /** The stages of a pipeline run, in order. */
  enum Phase {
    INGEST,
    ANNOTATE,
    CODE
  }

  PipelineListener SILENT = new PipelineListener() {};
}
