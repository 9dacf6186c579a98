package org.dyad.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.dyad.bench.harness.SanctionsBenchmark;
import org.dyad.store.Workspace;

/** {@code dyad bench --sanctions LIST QUERY_LIST}: matching latency against a baseline, then xref time. */
final class SanctionsBenchRun {

  static final int QUERIES = 3000;

  private SanctionsBenchRun() {}

  static void run(Path list, Path querySource, Path workspace, int mentions, int threads, long seed, PrintWriter out)
      throws Exception {
    if (mentions < 1) {
      throw new IllegalArgumentException("--mentions must be >= 1, got " + mentions);
    }
    if (Workspace.exists(workspace)) {
      throw new IllegalArgumentException("the sanctions benchmark needs a fresh workspace for xref; " + workspace + " exists");
    }
    SanctionsBenchmark.Matching matching = SanctionsBenchmark.matching(list, querySource, QUERIES, seed);
    out.printf("sanctions match: %,d entities (%,d names, index built in %.1f s); %,d queries: median %.3f ms, p95 %.3f ms,"
            + " mean %.3f ms; baseline scoring every name (%,d queries, same run): median %.1f ms; ratio %.0f%n",
        matching.entities(), matching.names(), matching.buildSeconds(), matching.queries(), matching.medianMs(),
        matching.p95Ms(), matching.meanMs(), matching.baselineQueries(), matching.baselineMedianMs(), matching.ratio());
    out.flush();
    SanctionsBenchmark.Xref xref = SanctionsBenchmark.xref(list, querySource, workspace, mentions, threads, seed);
    out.printf("sanctions xref: %,d mentions in %,d documents (%,d spellings), %d threads: %.1f s (%,d matches);"
            + " storing them and importing the list took %.1f s before%n",
        xref.mentions(), xref.documents(), xref.spellings(), xref.threads(), xref.seconds(), xref.matches(), xref.storeSeconds());
  }
}
