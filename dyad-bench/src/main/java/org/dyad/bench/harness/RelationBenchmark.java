package org.dyad.bench.harness;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dyad.analysis.network.ActorNetwork;
import org.dyad.analysis.network.NetworkReport;
import org.dyad.analysis.relate.DyadRelation;
import org.dyad.analysis.relate.Relation;
import org.dyad.core.analysis.DyadQuery;
import org.dyad.core.analysis.NetworkQuery;
import org.dyad.core.analysis.StateAgents;
import org.dyad.core.event.Event;
import org.dyad.core.event.EventQuery;
import org.dyad.store.Workspace;

/**
 * Latency of {@code relate} (one dyad by year, with evidence, trend and verdict) and of {@code
 * network} (one year, with degree, PageRank and communities) on a workspace of {@link
 * SyntheticRelations}, each against a baseline measured in the same run: the same answer computed
 * by loading the events through the event store into Java, the way to do it without the
 * aggregation in the database.
 */
public final class RelationBenchmark {

  /** Medians and 95th percentiles in milliseconds, and what the last run found. */
  public record Latency(String what, int runs, double medianMs, double p95Ms, String found) {}

  private RelationBenchmark() {}

  public static Latency relate(Workspace workspace, DyadQuery query, int warmup, int runs) throws IOException {
    DyadRelation relate = new DyadRelation(workspace.relations());
    Relation[] last = new Relation[1];
    double[] millis = time(warmup, runs, () -> last[0] = relate.relate(query, 2));
    return latency("relate " + query.a().code() + " " + query.b().code() + " --by " + query.by().word(), millis,
        last[0].trend().counted() + " clusters in " + last[0].trend().periods() + " periods, verdict " + last[0].verdict().word());
  }

  /** The baseline: both directions' events loaded through the event store, counted per year in Java. */
  public static Latency relateBaseline(Workspace workspace, DyadQuery query, int warmup, int runs) throws IOException {
    int[] found = new int[1];
    double[] millis = time(warmup, runs, () -> {
      Map<Integer, Integer> perYear = new HashMap<>();
      for (EventQuery direction : List.of(new EventQuery(query.a().code(), query.b().code(), null, null, null, 10_000_000),
          new EventQuery(query.b().code(), query.a().code(), null, null, null, 10_000_000))) {
        for (Event event : workspace.events().events(direction)) {
          perYear.merge(event.date().getYear(), 1, Integer::sum);
        }
      }
      found[0] = perYear.values().stream().mapToInt(Integer::intValue).sum();
    });
    return latency("baseline: load the dyad's events into Java", millis, found[0] + " events");
  }

  public static Latency network(Workspace workspace, int year, int minWeight, int warmup, int runs) throws IOException {
    NetworkQuery query = new NetworkQuery(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), minWeight, false);
    NetworkReport[] last = new NetworkReport[1];
    double[] millis = time(warmup, runs, () -> last[0] = ActorNetwork.of(workspace.relations(), query, null, 0, null, null));
    return latency("network --from " + year + "-01-01 --to " + year + "-12-31 --min-events " + minWeight, millis,
        last[0].nodes().size() + " actors, " + last[0].edges().size() + " ties, " + last[0].communities() + " communities");
  }

  /** The baseline: the year's events loaded through the event store, ties counted in Java. */
  public static Latency networkBaseline(Workspace workspace, int year, int warmup, int runs) throws IOException {
    EventQuery query = new EventQuery(null, null, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), null, 10_000_000);
    int[] found = new int[1];
    double[] millis = time(warmup, runs, () -> {
      Map<String, Integer> ties = new HashMap<>();
      for (Event event : workspace.events().events(query)) {
        ties.merge(StateAgents.fold(event.source().code()) + ">" + event.target().code(), 1, Integer::sum);
      }
      found[0] = ties.size();
    });
    return latency("baseline: load the year's events into Java", millis, found[0] + " ties");
  }

  private interface Run {
    void run() throws IOException;
  }

  private static double[] time(int warmup, int runs, Run run) throws IOException {
    for (int i = 0; i < warmup; i++) {
      run.run();
    }
    double[] millis = new double[runs];
    for (int i = 0; i < runs; i++) {
      long start = System.nanoTime();
      run.run();
      millis[i] = (System.nanoTime() - start) / 1e6;
    }
    Arrays.sort(millis);
    return millis;
  }

  private static Latency latency(String what, double[] sorted, String found) {
    return new Latency(what, sorted.length, SearchBenchmark.percentile(sorted, 0.5), SearchBenchmark.percentile(sorted, 0.95), found);
  }
}
