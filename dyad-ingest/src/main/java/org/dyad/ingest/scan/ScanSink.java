package org.dyad.ingest.scan;

import org.dyad.core.model.IngestFailure;

/** Where the scanner sends what it finds. Called from several threads at once. */
public interface ScanSink {

  /** A new file is in the blob store and should be extracted. */
  void staged(StagedFile file) throws InterruptedException;

  /** A file whose bytes are already in the workspace (or earlier in this run). */
  void duplicate(String path, long size);

  /** A file that cannot be ingested. */
  void failed(IngestFailure failure);
}
