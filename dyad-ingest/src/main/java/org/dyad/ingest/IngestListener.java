package org.dyad.ingest;

import org.dyad.core.model.IngestFailure;

/** Hears how an ingest run goes, for progress display. Called from several threads. */
public interface IngestListener {

  /** The walk found this many files and bytes to look at (archives counted as one file). */
  default void planned(long files, long bytes) {}

  /** One file is finished, whatever its outcome. */
  default void done(String path, long bytes, Outcome outcome) {}

  /** A file was ingested, with something the analyst should know (text cut, attachment unreadable). */
  default void warning(String path, String message) {}

  default void failed(IngestFailure failure) {}

  /** What became of a file. */
  enum Outcome {
    INGESTED,
    DUPLICATE,
    FAILED
  }

  IngestListener SILENT = new IngestListener() {};
}
