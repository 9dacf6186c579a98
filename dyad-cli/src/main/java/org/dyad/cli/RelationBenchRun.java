package org.dyad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import org.dyad.bench.harness.RelationBenchmark;
import org.dyad.bench.synthetic.SyntheticRelations;
import org.dyad.core.analysis.DyadQuery;
import org.dyad.core.analysis.Period;
import org.dyad.store.Workspace;

/** {@code dyad bench --relate EVENTS}: the analysis latency benchmark of BENCHMARKS.md. */
final class RelationBenchRun {

  private static final int WARMUP = 10;
  private static final int RUNS = 50;
  private static final int BASELINE_RUNS = 5;
  private static final int YEAR = 2006;
  private static final int[] MIN_EVENTS = {1, 10, 30};
  /** The network compared with its baseline: an analyst-sized graph of the year's stronger ties. */
  private static final int NETWORK_HEADLINE = 10;

  private RelationBenchRun() {}

  static void run(Path root, long events, PrintWriter out) throws IOException {
    if (events < 1_000 || events > 100_000_000) {
      throw new IllegalArgumentException("--relate wants between 1000 and 100000000 events, got " + events);
    }
    boolean fresh = !Workspace.exists(root);
    try (Workspace workspace = Workspace.open(root, "dyad bench --relate")) {
      if (fresh) {
        long start = System.nanoTime();
        SyntheticRelations.generate(workspace, events);
        out.printf("generated %,d events among %,d actors into %s in %.1f s%n", events, SyntheticRelations.ACTORS, root,
            (System.nanoTime() - start) / 1e9);
      } else {
        out.printf("timing the existing workspace %s (%,d events)%n", root, workspace.events().count());
      }
      out.flush();
      DyadQuery busiest = query(0, 1);
      DyadQuery middling = query(40, 90);
      RelationBenchmark.Latency relate = print(RelationBenchmark.relate(workspace, busiest, WARMUP, RUNS), out);
      RelationBenchmark.Latency relateBaseline = print(RelationBenchmark.relateBaseline(workspace, busiest, 1, BASELINE_RUNS), out);
      print(RelationBenchmark.relate(workspace, middling, WARMUP, RUNS), out);
      RelationBenchmark.Latency network = null;
      for (int minEvents : MIN_EVENTS) {
        // The whole year's graph (every tie) is timed with fewer runs: its measures take seconds.
        RelationBenchmark.Latency latency = print(RelationBenchmark.network(workspace, YEAR, minEvents,
            minEvents == 1 ? 0 : WARMUP, minEvents == 1 ? 2 : RUNS), out);
        network = network == null || minEvents == NETWORK_HEADLINE ? latency : network;
      }
      RelationBenchmark.Latency networkBaseline = print(RelationBenchmark.networkBaseline(workspace, YEAR, 0, 3), out);
      out.printf("ratios against the baselines: relate %.1fx faster, network (--min-events %d) %.1fx%n",
          relateBaseline.medianMs() / relate.medianMs(), NETWORK_HEADLINE, networkBaseline.medianMs() / network.medianMs());
    }
  }

  private static RelationBenchmark.Latency print(RelationBenchmark.Latency latency, PrintWriter out) {
    out.printf("%-62s median %8.1f ms, p95 %8.1f ms (%d runs): %s%n", latency.what(), latency.medianMs(), latency.p95Ms(),
        latency.runs(), latency.found());
    out.flush();
    return latency;
  }

  private static DyadQuery query(int a, int b) {
    return new DyadQuery(new org.dyad.core.analysis.ActorMatch(SyntheticRelations.actor(a)),
        new org.dyad.core.analysis.ActorMatch(SyntheticRelations.actor(b)), Period.YEAR, null, null, false, false);
  }
}
