package org.dyad.bench.harness;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.dyad.ingest.IngestListener;
import org.dyad.ingest.IngestOptions;
import org.dyad.ingest.IngestPipeline;
import org.dyad.ingest.IngestReport;
import org.dyad.store.Workspace;

/**
 * End-to-end ingest throughput: scan, store originals, extract, catalogue and index a corpus into
 * a workspace, fsyncs and commits included, exactly as {@code dyad ingest} does.
 */
public final class IngestBenchmark {

  private IngestBenchmark() {}

  public static IngestReport run(Path corpus, Path workspace, IngestOptions options, IngestListener listener)
      throws IOException, InterruptedException {
    try (Workspace ws = Workspace.open(workspace, "dyad bench")) {
      return IngestPipeline.ingest(ws.catalogue(), ws.index(), ws.blobs(), options, listener, List.of(corpus));
    }
  }
}
