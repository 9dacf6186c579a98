package org.dyad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.dyad.analysis.relate.DyadRelation;
import org.dyad.core.analysis.DyadQuery;
import org.dyad.core.event.Event;
import org.dyad.core.event.EventQuery;
import org.dyad.core.model.IngestFailure;
import org.dyad.core.nlp.ActorCount;
import org.dyad.core.search.SearchRequest;
import org.dyad.ingest.IngestOptions;
import org.dyad.ingest.IngestReport;
import org.dyad.nlp.annotate.AnnotationReport;
import org.dyad.nlp.coding.CodingStage;
import org.dyad.server.ServerOptions;
import org.dyad.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code dyad demo}: builds a fresh workspace from the bundled sample corpus and summarises it. */
@Command(name = "demo", description = "Build a fresh workspace from the bundled sample corpus and show what Dyad finds.")
final class DemoCommand implements Callable<Integer> {

  static final String DEFAULT_WORKSPACE = "dyad-demo-workspace";

  @ParentCommand DyadCli dyad;
  @Spec CommandSpec spec;

  @Option(names = "--corpus", paramLabel = "DIR", description = "Corpus folder (default: the bundled sample-corpus/documents).")
  Path corpus;

  @Option(names = "--no-serve", description = "Do not serve the web UI afterwards.")
  boolean noServe;

  @Override
  public Integer call() throws Exception {
    Path documents = corpus != null ? corpus : SampleCorpus.documents();
    Path root = dyad.workspace != null ? dyad.workspace() : Path.of(DEFAULT_WORKSPACE).toAbsolutePath();
    clearPreviousDemo(root);
    PrintWriter out = spec.commandLine().getOut();
    out.println("Building a fresh workspace at " + root + " from " + documents);
    out.flush();
    try (Workspace workspace = Workspace.open(root, "dyad demo")) {
      IngestReport report = IngestRun.run(workspace, List.of(documents), IngestOptions.defaults());
      out.println();
      IngestRun.printSummary(report, out);
      StatusCommand.print(workspace.root().toString(), workspace.catalogue().status(), out);
      List<IngestFailure> failures = workspace.catalogue().failures();
      for (IngestFailure failure : failures) {
        String path = failure.path().startsWith(documents + "/")
            ? failure.path().substring(documents.toString().length() + 1)
            : failure.path();
        out.printf("  failed: %s: %s%n", path, failure.reason());
      }
      out.println();
      SearchRequest example = new SearchRequest("\"al-Qaeda\" AND Iran", null, null, null, 3);
      SearchCommand.print(example, workspace.index().search(example), out, Terminal.isTerminal());
      out.println();
      out.flush();
      long start = System.nanoTime();
      AnnotationReport annotated = AnnotateRun.run(workspace, Runtime.getRuntime().availableProcessors(), System.err);
      AnnotateRun.printSummary(annotated, (System.nanoTime() - start) / 1e9, out);
      out.println("Most mentioned actors:");
      for (ActorCount count : workspace.annotations().actorCounts(8)) {
        out.printf("  %-10s %-24s %,5d mentions in %,d documents%n", count.code(), Terminal.clip(count.actor(), 24),
            count.mentions(), count.documents());
      }
      out.println();
      long codeStart = System.nanoTime();
      CodingStage.Report coded = CodeStageRun.run(workspace, null, false, System.err);
      CodeStageRun.printSummary(coded, (System.nanoTime() - codeStart) / 1e9, out);
      ClusterStageRun.printSummary(ClusterStageRun.run(workspace), out);
      out.println("Events by CAMEO root: " + workspace.events().countsByRoot());
      out.println("Events between Iran and al-Qaeda:");
      List<Event> dyad = new ArrayList<>(workspace.events().events(new EventQuery("IRN", "IMG", null, null, null, 5)));
      dyad.addAll(workspace.events().events(new EventQuery("IMG", "IRN", null, null, null, 5)));
      EventsCommand.print(dyad, out);
      out.println();
      out.println("Are Iran and al-Qaeda moving closer? (dyad relate IRN IMGMUSALQ --by year)");
      DyadQuery headline = DyadQuery.yearly("IRN", "IMGMUSALQ");
      RelationView.print(new DyadRelation(workspace.relations()).relate(headline, 1), headline.by(), out);
      out.println();
      out.println("Which hypothesis do the Iran–al-Qaeda events fit best? (dyad hypotheses show " + DemoBoard.NAME + ")");
      DemoBoard.run(workspace, out);
    }
    out.println();
    out.println("Try: ./dyad --workspace " + root + " search 'Hezbollah AND Syria'");
    out.println("     ./dyad --workspace " + root + " actors");
    out.println("     ./dyad --workspace " + root + " events --source IRN");
    out.println("     ./dyad --workspace " + root + " relate USA PAK --html usa-pak.html");
    out.println("     ./dyad --workspace " + root + " network --from 2011-01-01 --to 2011-12-31");
    out.println("     ./dyad --workspace " + root + " timeline IRN YEM");
    out.println("     ./dyad --workspace " + root + " hypotheses show " + DemoBoard.NAME);
    if (noServe) {
      return 0;
    }
    out.println();
    return ServeCommand.serve(root, ServerOptions.defaults(), out);
  }

  /** Deletes an earlier demo workspace; refuses to touch a folder that is not a Dyad workspace. */
  static void clearPreviousDemo(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    boolean empty;
    try (Stream<Path> entries = Files.list(root)) {
      empty = entries.findAny().isEmpty();
    }
    if (!empty && !Workspace.exists(root)) {
      throw new IOException(root + " exists and is not a Dyad workspace; give the demo another --workspace");
    }
    try (Workspace busyCheck = Workspace.open(root, "dyad demo")) {
      // Opening proves no other process holds it; the demo replaces it.
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
