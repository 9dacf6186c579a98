package org.dyad.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.dyad.analysis.timeline.Timeline;
import org.dyad.core.analysis.EvidenceItem;
import org.dyad.core.analysis.TimelineQuery;
import org.dyad.core.json.DyadJson;
import org.dyad.pipeline.TypedActor;
import org.dyad.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code dyad timeline ACTOR [ACTOR2]}: the chronological history, each real-world event once, with its evidence. */
@Command(name = "timeline", description = "An actor's history (or two actors'), each real-world event once with its evidence.")
final class TimelineCommand implements Callable<Integer> {

  @ParentCommand DyadCli dyad;
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "ACTOR", description = "The actor: a code (IRN) or a name (Iran).")
  String actor;

  @Parameters(index = "1", arity = "0..1", paramLabel = "ACTOR2", description = "Only what passed between ACTOR and ACTOR2.")
  String other;

  @Option(names = "--from", paramLabel = "DATE", description = "Earliest event date (yyyy-mm-dd).")
  String from;

  @Option(names = "--to", paramLabel = "DATE", description = "Latest event date (yyyy-mm-dd).")
  String to;

  @Option(names = "--limit", paramLabel = "N", description = "At most N real-world events (default: 200).")
  int limit = 200;

  @Mixin
  MinGradeOption minGrade = new MinGradeOption();

  @Option(names = "--weight", paramLabel = "none|confidence",
      description = "confidence: add the balance of the events shown, net cooperation counted and weighted by each"
          + " event's confidence (default: none).")
  String weight = "none";

  @Option(names = "--json", description = "Print one JSON object {actor, other, events[, balance]}.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    if (limit < 1 || limit > 1_000_000) {
      throw new IllegalArgumentException("--limit must be between 1 and 1000000, got " + limit);
    }
    TimelineQuery query = new TimelineQuery(TypedActor.resolve(actor), other == null ? null : TypedActor.resolve(other),
        Dates.parse("--from", from), Dates.parse("--to", to), limit, minGrade.grade());
    Timeline timeline;
    try (Workspace workspace = ActorsCommand.openExisting(dyad, "dyad timeline")) {
      ClusterStageRun.ensureClustered(workspace);
      timeline = Timeline.of(workspace.relations(), query);
    }
    if (RelateCommand.weighted(weight)) {
      timeline = timeline.weighedByConfidence();
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(DyadJson.write(timeline));
      return 0;
    }
    if (timeline.events().isEmpty()) {
      out.println("No events for " + timeline.actor() + (timeline.other() == null ? "" : " and " + timeline.other()) + ".");
      return 0;
    }
    for (EvidenceItem item : timeline.events()) {
      out.printf("%-10s %-10s %-5s %-10s %s%n", item.date() == null ? "undated" : item.date(), item.source(), item.code(),
          item.target(), RelationView.corroboration(item));
      out.println("           \"" + Terminal.clip(item.sentence(), 140) + "\" — " + Terminal.clip(item.outlet(), 30));
    }
    Timeline.Balance balance = timeline.balance();
    if (balance != null) {
      out.printf(java.util.Locale.ROOT, "Balance of these %d events: net_coop %+.2f counted, %+.2f weighted by confidence"
          + " (total weight %.2f)%n", balance.clusters(), balance.netCoop(), balance.weightedNetCoop(), balance.weightedClusters());
    }
    return 0;
  }
}
