package org.dyad.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.concurrent.Callable;
import org.dyad.analysis.cluster.ClusteringStage;
import org.dyad.core.analysis.EventJudgement;
import org.dyad.core.analysis.Judgement;
import org.dyad.core.event.Event;
import org.dyad.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code dyad events judge EVENT_ID right|wrong|recode CODE}: an analyst's verdict on a coded
 * event. It is kept by event id, so it outlives {@code recode} and re-ingest, and every analysis
 * applies it: the clusters are rebuilt at once.
 */
@Command(name = "judge", description = "Judge a coded event right, wrong (left out of every analysis) or recode it under another code.")
final class JudgeCommand implements Callable<Integer> {

  @ParentCommand EventsCommand events;
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "EVENT_ID", description = "The event's id (dyad events --json shows it).")
  String eventId;

  @Parameters(index = "1", paramLabel = "right|wrong|recode", description = "The judgement.")
  String judgement;

  @Parameters(index = "2", arity = "0..1", paramLabel = "CODE", description = "With recode: the CAMEO code it counts under.")
  String code;

  @Option(names = "--note", paramLabel = "TEXT", description = "Why, in the analyst's words.")
  String note;

  @Override
  public Integer call() throws Exception {
    Judgement verdict = Judgement.parse(judgement);
    if (verdict == Judgement.RECODE && code == null) {
      throw new IllegalArgumentException("recode needs the new code: dyad events judge " + eventId + " recode 042");
    }
    if (verdict != Judgement.RECODE && code != null) {
      throw new IllegalArgumentException("only recode takes a code; got '" + code + "' after " + verdict.word());
    }
    EventJudgement judged = new EventJudgement(eventId.strip(), verdict, code == null ? null : code.strip(), note, Instant.now());
    PrintWriter out = spec.commandLine().getOut();
    try (Workspace workspace = ActorsCommand.openExisting(events.dyad, "dyad events judge")) {
      Event event = workspace.events().event(judged.eventId()).orElseThrow(() -> new IllegalArgumentException(
          "no event " + judged.eventId() + " in " + workspace.root() + ": list ids with 'dyad events --json'"));
      workspace.judgements().judge(judged);
      ClusteringStage.Report report = ClusterStageRun.run(workspace);
      out.printf("Judged %s (%s %s %s, %s) %s%s%n", event.id(), event.source().code(), event.code(), event.target().code(),
          event.date() == null ? "undated" : event.date(), verdict.word(), code == null ? "" : " as " + judged.code());
      ClusterStageRun.printSummary(report, out);
    }
    return 0;
  }
}
