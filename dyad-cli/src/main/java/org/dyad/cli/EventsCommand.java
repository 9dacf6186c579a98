package org.dyad.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dyad.core.event.Event;
import org.dyad.core.event.EventQuery;
import org.dyad.core.event.export.EventJsonLines;
import org.dyad.core.event.export.EventWriter;
import org.dyad.core.event.export.GdeltTsv;
import org.dyad.core.event.export.PloverJson;
import org.dyad.pipeline.WorkspaceAccess;
import org.dyad.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code dyad events}: the workspace's coded events, filtered, as a table or an export format. */
@Command(name = "events", description = "List the coded events: who did what to whom, when, and the sentence it came from.",
    subcommands = {JudgeCommand.class})
final class EventsCommand implements Callable<Integer> {

  @ParentCommand DyadCli dyad;
  @Spec CommandSpec spec;

  @Option(names = "--source", paramLabel = "CODE", description = "Source actor code or its prefix (IRN matches IRNGOV).")
  String source;

  @Option(names = "--target", paramLabel = "CODE", description = "Target actor code or its prefix.")
  String target;

  @Option(names = "--from", paramLabel = "DATE", description = "Earliest event date (yyyy-mm-dd).")
  String from;

  @Option(names = "--to", paramLabel = "DATE", description = "Latest event date (yyyy-mm-dd).")
  String to;

  @Option(names = "--root", paramLabel = "RR", description = "CAMEO root code, 01 to 20.")
  String root;

  @Option(names = "--limit", paramLabel = "N", description = "At most N events (default: 50 in the table, 1000000 otherwise).")
  Integer limit;

  @Option(names = "--json", description = "One JSON event per line (the event record of DESIGN.md).")
  boolean json;

  @Option(names = "--format", paramLabel = "jsonl|gdelt|plover", description = "Export format: JSON Lines, GDELT 2.0 event TSV, PLOVER JSON.")
  String format;

  @Option(names = "--judged", description = "List the events an analyst has judged, latest first, with the judgement.")
  boolean judged;

  @Override
  public Integer call() throws Exception {
    if (judged) {
      try (Workspace workspace = ActorsCommand.openExisting(dyad, "dyad events --judged")) {
        JudgedEvents.print(workspace, json, spec.commandLine().getOut());
      }
      return 0;
    }
    EventQuery query = query();
    try (WorkspaceAccess workspace = OpenWorkspace.access(dyad, "dyad events", false)) {
      List<Event> events = workspace.events(query);
      PrintWriter out = spec.commandLine().getOut();
      EventWriter writer = writer();
      if (writer != null) {
        Writer sink = out;
        writer.write(events, sink);
        out.flush();
        return 0;
      }
      print(events, out);
    }
    return 0;
  }

  /** The events as a table: date, source, code, target, and the words that carry the event. */
  static void print(List<Event> events, PrintWriter out) {
    if (events.isEmpty()) {
      out.println("No events match.");
      return;
    }
    out.printf("%-10s %-12s %-5s %-12s %s%n", "DATE", "SOURCE", "CODE", "TARGET", "EVIDENCE");
    for (Event event : events) {
      out.printf("%-10s %-12s %-5s %-12s %s%n", event.date() == null ? "-" : event.date(), event.source().code(),
          event.code(), event.target().code(), Terminal.clip(event.source().text() + " | " + event.verb().text() + " | "
              + event.target().text(), 80));
    }
  }

  private EventWriter writer() {
    if (json && format != null) {
      throw new IllegalArgumentException("give --json or --format, not both");
    }
    if (json) {
      return new EventJsonLines();
    }
    if (format == null) {
      return null;
    }
    return switch (format.toLowerCase(Locale.ROOT)) {
      case "jsonl", "json" -> new EventJsonLines();
      case "gdelt" -> new GdeltTsv();
      case "plover" -> new PloverJson();
      default -> throw new IllegalArgumentException("--format must be jsonl, gdelt or plover, got '" + format + "'");
    };
  }

  private EventQuery query() {
    int max = limit != null ? limit : json || format != null ? 1_000_000 : 50;
    if (max < 1 || max > 10_000_000) {
      throw new IllegalArgumentException("--limit must be between 1 and 10000000, got " + max);
    }
    return query(source, target, from, to, root, max);
  }

  /** The query the scope options {@code --source --target --from --to --root} ask for, checked. */
  static EventQuery query(String source, String target, String from, String to, String root, int max) {
    if (root != null && !root.matches("[0-9]{2}")) {
      throw new IllegalArgumentException("--root must be two digits, 01 to 20, got '" + root + "'");
    }
    return new EventQuery(code("--source", source), code("--target", target), Dates.parse("--from", from),
        Dates.parse("--to", to), root, max);
  }

  private static String code(String option, String value) {
    if (value == null) {
      return null;
    }
    String code = value.strip().toUpperCase(Locale.ROOT);
    if (!code.matches("[A-Z0-9]{3,15}")) {
      throw new IllegalArgumentException(option + " must be an actor code such as IRN or IMGMUSALQ, got '" + value + "'");
    }
    return code;
  }
}
