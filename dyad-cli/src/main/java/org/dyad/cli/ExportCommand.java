package org.dyad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dyad.core.event.Event;
import org.dyad.core.event.EventQuery;
import org.dyad.core.model.Document;
import org.dyad.core.store.TableExport;
import org.dyad.export.ExportScope;
import org.dyad.export.ftm.FollowTheMoney;
import org.dyad.export.stix.StixBundle;
import org.dyad.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code dyad export}: the workspace's events, their clusters, actors and documents for the analyst's other tools —
 * FollowTheMoney entities (Aleph, OpenSanctions tooling), a STIX 2.1 bundle, or CSV and Parquet
 * tables.
 */
@Command(name = "export", description = "Export events, event clusters, actors and documents: FollowTheMoney JSON, STIX 2.1,"
    + " CSV or Parquet.")
final class ExportCommand implements Callable<Integer> {

  /** More events than any export needs; the scope options narrow it. */
  private static final int ALL = 10_000_000;

  @ParentCommand DyadCli dyad;
  @Spec CommandSpec spec;

  @Option(names = "--format", required = true, paramLabel = "ftm|stix|csv|parquet", description = "What to write.")
  String format;

  @Option(names = "--out", paramLabel = "PATH",
      description = "File for ftm and stix (default: standard output); folder for csv and parquet (required).")
  Path out;

  @Option(names = "--source", paramLabel = "CODE", description = "Scope: source actor code or its prefix.")
  String source;

  @Option(names = "--target", paramLabel = "CODE", description = "Scope: target actor code or its prefix.")
  String target;

  @Option(names = "--from", paramLabel = "DATE", description = "Scope: earliest event date (yyyy-mm-dd).")
  String from;

  @Option(names = "--to", paramLabel = "DATE", description = "Scope: latest event date (yyyy-mm-dd).")
  String to;

  @Option(names = "--root", paramLabel = "RR", description = "Scope: CAMEO root code, 01 to 20.")
  String root;

  @Override
  public Integer call() throws IOException {
    String kind = format.toLowerCase(Locale.ROOT);
    if (!List.of("ftm", "stix", "csv", "parquet").contains(kind)) {
      throw new ParameterException(spec.commandLine(), "--format must be ftm, stix, csv or parquet, got '" + format + "'");
    }
    if ((kind.equals("csv") || kind.equals("parquet")) && out == null) {
      throw new ParameterException(spec.commandLine(), "--format " + kind + " writes a folder of tables: give --out DIR");
    }
    EventQuery query = EventsCommand.query(source, target, from, to, root, ALL);
    PrintWriter console = spec.commandLine().getOut();
    try (Workspace workspace = ActorsCommand.openExisting(dyad, "dyad export")) {
      ClusterStageRun.ensureClustered(workspace);
      if (kind.equals("csv") || kind.equals("parquet")) {
        TableExport.Format tables = kind.equals("csv") ? TableExport.Format.CSV : TableExport.Format.PARQUET;
        for (Path file : workspace.tables().exportTables(query, out, tables)) {
          console.println("Wrote " + file);
        }
        return 0;
      }
      ExportScope scope = scope(workspace, workspace.events().events(query));
      if (out == null) {
        write(kind, scope, console);
      } else {
        try (Writer file = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
          write(kind, scope, file);
        }
        console.printf("Wrote %s: %,d events from %,d documents%n", out, scope.events().size(), scope.documents().size());
      }
    }
    return 0;
  }

  private static void write(String kind, ExportScope scope, Writer sink) throws IOException {
    if (kind.equals("ftm")) {
      FollowTheMoney.write(scope, sink);
    } else {
      sink.write(StixBundle.json(scope, Instant.now()));
      sink.write('\n');
      sink.flush();
    }
  }

  private static ExportScope scope(Workspace workspace, List<Event> events) throws IOException {
    Map<String, Document> documents = new HashMap<>();
    for (Event event : events) {
      if (!documents.containsKey(event.doc())) {
        documents.put(event.doc(), workspace.catalogue().document(event.doc()).orElseThrow(() -> new IllegalStateException(
            "event " + event.id() + " names document " + event.doc() + ", which the catalogue lacks")));
      }
    }
    return new ExportScope(events, documents, workspace.clusters().clustersOf(events.stream().map(Event::id).toList()));
  }
}
