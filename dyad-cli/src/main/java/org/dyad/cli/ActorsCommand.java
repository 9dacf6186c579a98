package org.dyad.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.dyad.core.json.DyadJson;
import org.dyad.core.nlp.ActorAlias;
import org.dyad.core.nlp.ActorCount;
import org.dyad.core.nlp.UnresolvedName;
import org.dyad.core.store.AnnotationStore;
import org.dyad.nlp.annotate.EntityDiscovery;
import org.dyad.nlp.annotate.Reresolution;
import org.dyad.nlp.resolve.OfficeLookup;
import org.dyad.nlp.resolve.WorkspaceResolver;
import org.dyad.pipeline.WorkspaceAccess;
import org.dyad.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code dyad actors}: the actors found in the workspace, and the analyst's aliases. */
@Command(
    name = "actors",
    description = "List the actors found in the workspace's documents, with counts.",
    subcommands = {ActorsCommand.Alias.class})
final class ActorsCommand implements Callable<Integer> {

  @ParentCommand DyadCli dyad;
  @Spec CommandSpec spec;

  @Option(names = "--json", description = "Print the list as JSON.")
  boolean json;

  @Option(names = "--limit", paramLabel = "N", description = "Show at most N actors or names (default: 50).")
  int limit = 50;

  @Option(names = "--discover",
      description = "Find the names of people, organizations and places no actor resolves to, with a named-entity recognizer (opt-in, slower than parsing).")
  boolean discover;

  @Option(names = "--threads", paramLabel = "N", description = "Recognizer threads for --discover (default: the number of cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--unresolved",
      description = "List the names --discover found that no actor resolves to, with counts and an example sentence.")
  boolean unresolved;

  @Override
  public Integer call() throws Exception {
    if (limit < 1 || limit > 100_000) {
      throw new IllegalArgumentException("--limit must be between 1 and 100000, got " + limit);
    }
    if (threads < 1 || threads > 256) {
      throw new IllegalArgumentException("--threads must be between 1 and 256, got " + threads);
    }
    if (discover) {
      return discover();
    }
    try (WorkspaceAccess workspace = OpenWorkspace.access(dyad, "dyad actors", false)) {
      PrintWriter out = spec.commandLine().getOut();
      if (unresolved) {
        printUnresolved(workspace.unresolvedNames(limit), out);
        return 0;
      }
      printActors(workspace.actors(limit), out);
    }
    return 0;
  }

  /** {@code --discover}: runs the recognizer here (it writes), then lists what it found if asked. */
  private int discover() throws Exception {
    try (Workspace workspace = openExisting(dyad, "dyad actors")) {
      PrintWriter out = spec.commandLine().getOut();
      long start = System.nanoTime();
      EntityDiscovery.Report report = DiscoverRun.run(workspace, threads, System.err);
      // Keeps standard output one JSON document when the list follows.
      DiscoverRun.printSummary(report, (System.nanoTime() - start) / 1e9, json ? spec.commandLine().getErr() : out);
      if (unresolved) {
        printUnresolved(workspace.annotations().unresolvedNames(limit), out);
      } else if (json) {
        out.println(DyadJson.write(report));
      }
    }
    return 0;
  }

  private void printActors(List<ActorCount> counts, PrintWriter out) {
    if (json) {
      out.println(DyadJson.write(new JsonActors(counts)));
      return;
    }
    if (counts.isEmpty()) {
      out.println("No actors found yet: 'dyad ingest PATH' finds them as it ingests.");
    }
    out.printf("%-12s %-28s %9s %9s  %s%n", "CODE", "ACTOR", "MENTIONS", "DOCS", "EXAMPLE");
    for (ActorCount count : counts) {
      out.printf("%-12s %-28s %,9d %,9d  %s%n", count.code(), Terminal.clip(count.actor(), 28), count.mentions(),
          count.documents(), Terminal.clip(count.example(), 40));
    }
  }

  private void printUnresolved(List<UnresolvedName> names, PrintWriter out) {
    if (names.isEmpty()) {
      PrintWriter hint = json ? spec.commandLine().getErr() : out;
      hint.println("No unresolved names stored: run 'dyad actors --discover' first (it finds the names the dictionaries lack).");
    }
    if (json) {
      out.println(DyadJson.write(new JsonUnresolved(names)));
      return;
    }
    if (names.isEmpty()) {
      return;
    }
    out.printf("%-32s %-12s %9s %9s  %s%n", "NAME", "TYPE", "MENTIONS", "DOCS", "EXAMPLE");
    for (UnresolvedName name : names) {
      out.printf("%-32s %-12s %,9d %,9d  %s%n", Terminal.clip(name.name(), 32), name.type(), name.mentions(), name.documents(),
          Terminal.clip(name.example(), 60));
    }
    out.println("Map a name to an actor with: dyad actors alias add NAME CODE");
  }

  static Workspace openExisting(DyadCli dyad, String command) throws java.io.IOException {
    if (!Workspace.exists(dyad.workspace())) {
      throw new IllegalArgumentException("no workspace at " + dyad.workspace() + ": run 'dyad ingest PATH' first");
    }
    return Workspace.open(dyad.workspace(), command);
  }

  /** The JSON form of the list. */
  record JsonActors(List<ActorCount> actors) {}

  /** The JSON form of {@code --unresolved}. */
  record JsonUnresolved(List<UnresolvedName> names) {}

  /** {@code dyad actors alias add|remove|list}. */
  @Command(name = "alias", description = "Add, remove or list your own names for actors; stored mentions are re-resolved.")
  static final class Alias {

    @ParentCommand ActorsCommand actors;
    @Spec CommandSpec spec;

    @Command(name = "add", description = "Map NAME to CODE (a spelling the dictionaries lack, or a new actor).")
    int add(@Parameters(paramLabel = "NAME") String name, @Parameters(paramLabel = "CODE") String code) throws Exception {
      ActorAlias alias = new ActorAlias(name, code);
      try (Workspace workspace = openExisting(actors.dyad, "dyad actors alias add")) {
        workspace.annotations().addAlias(alias);
        long mentions = reresolve(workspace);
        spec.commandLine().getOut().printf("Added '%s' = %s; re-resolved the workspace: %,d mentions.%n",
            alias.phrase(), alias.code(), mentions);
      }
      return 0;
    }

    @Command(name = "remove", description = "Remove your alias for NAME.")
    int remove(@Parameters(paramLabel = "NAME") String name) throws Exception {
      try (Workspace workspace = openExisting(actors.dyad, "dyad actors alias remove")) {
        if (!workspace.annotations().removeAlias(name)) {
          throw new IllegalArgumentException("no alias '" + name.strip() + "' ('dyad actors alias list' shows them)");
        }
        long mentions = reresolve(workspace);
        spec.commandLine().getOut().printf("Removed '%s'; re-resolved the workspace: %,d mentions.%n", name.strip(), mentions);
      }
      return 0;
    }

    @Command(name = "list", description = "List your aliases.")
    int list(@Option(names = "--json", description = "Print as JSON.") boolean json) throws Exception {
      try (Workspace workspace = openExisting(actors.dyad, "dyad actors alias list")) {
        List<ActorAlias> aliases = workspace.annotations().aliases();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
          out.println(DyadJson.write(new JsonAliases(aliases)));
        } else if (aliases.isEmpty()) {
          out.println("No aliases.");
        }
        if (!json) {
          aliases.forEach(alias -> out.printf("%-40s %s%n", alias.phrase(), alias.code()));
        }
      }
      return 0;
    }

    private static long reresolve(Workspace workspace) throws java.io.IOException {
      AnnotationStore annotations = workspace.annotations();
      return Reresolution.run(workspace.catalogue(), annotations, WorkspaceResolver.of(annotations, OfficeLookup.defaults()));
    }
  }

  /** The JSON form of the aliases. */
  record JsonAliases(List<ActorAlias> aliases) {}
}
