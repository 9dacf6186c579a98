package org.dyad.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dyad.analysis.network.ActorNetwork;
import org.dyad.analysis.network.GexfWriter;
import org.dyad.analysis.network.GraphmlWriter;
import org.dyad.analysis.network.NetworkReport;
import org.dyad.core.analysis.ActorMatch;
import org.dyad.core.analysis.ActorTie;
import org.dyad.core.analysis.NetworkQuery;
import org.dyad.core.json.DyadJson;
import org.dyad.pipeline.TypedActor;
import org.dyad.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code dyad network}: who interacts with whom, weighted by real-world events, with centrality and communities. */
@Command(name = "network", description = "The actor network: ties weighted by real-world events and Goldstein;"
    + " degree, PageRank, betweenness, communities, shortest paths. GEXF and GraphML open in Gephi.")
final class NetworkCommand implements Callable<Integer> {

  @ParentCommand DyadCli dyad;
  @Spec CommandSpec spec;

  @Option(names = "--from", paramLabel = "DATE", description = "Earliest event date (yyyy-mm-dd).")
  String from;

  @Option(names = "--to", paramLabel = "DATE", description = "Latest event date (yyyy-mm-dd).")
  String to;

  @Option(names = "--min-events", paramLabel = "N", description = "Keep ties with at least N real-world events (default: 1).")
  int minEvents = 1;

  @Option(names = "--events", description = "Weigh ties by every coded event, not each real-world event once.")
  boolean rawEvents;

  @Option(names = "--quad", paramLabel = "Q,...", description = "Only events of these QuadClasses, such as 3,4 (default: all).")
  String quads;

  @Option(names = "--actor", paramLabel = "CODE", description = "Only the network around this actor (code or name).")
  String actor;

  @Option(names = "--depth", paramLabel = "K", description = "With --actor: how many hops out (default: 1).")
  int depth = 1;

  @Option(names = "--path", arity = "2", paramLabel = "CODE", description = "Also find a shortest path between two actors.")
  List<String> path;

  @Option(names = "--format", paramLabel = "json|gexf|graphml", description = "Machine format (default: a table).")
  String format;

  @Option(names = "--limit", paramLabel = "N", description = "Actors in the table (default: 25).")
  int limit = 25;

  @Override
  public Integer call() throws Exception {
    if (depth < 0 || depth > 10) {
      throw new IllegalArgumentException("--depth must be between 0 and 10, got " + depth);
    }
    NetworkQuery query = new NetworkQuery(Dates.parse("--from", from), Dates.parse("--to", to), minEvents, rawEvents,
        NetworkQuery.quadsOf("--quad", quads));
    ActorMatch focus = actor == null ? null : TypedActor.resolve(actor);
    String pathFrom = path == null ? null : ActorMatch.of(path.get(0)).code();
    String pathTo = path == null ? null : ActorMatch.of(path.get(1)).code();
    String chosen = format == null ? "table" : format.toLowerCase(Locale.ROOT);
    if (!List.of("table", "json", "gexf", "graphml").contains(chosen)) {
      throw new IllegalArgumentException("--format must be json, gexf or graphml, got '" + format + "'");
    }
    NetworkReport network;
    try (Workspace workspace = ActorsCommand.openExisting(dyad, "dyad network")) {
      ClusterStageRun.ensureClustered(workspace);
      network = ActorNetwork.of(workspace.relations(), query, focus, depth, pathFrom, pathTo);
    }
    PrintWriter out = spec.commandLine().getOut();
    switch (chosen) {
      case "json" -> out.println(DyadJson.write(network));
      case "gexf" -> out.print(GexfWriter.write(network, rawEvents));
      case "graphml" -> out.print(GraphmlWriter.write(network, rawEvents));
      default -> printTable(network, out);
    }
    out.flush();
    return 0;
  }

  private void printTable(NetworkReport network, PrintWriter out) {
    out.printf("%,d actors, %,d ties, %d communities%s%n", network.nodes().size(), network.edges().size(),
        network.communities(), network.betweennessComputed() ? "" : " (betweenness skipped: more than "
            + ActorNetwork.BETWEENNESS_LIMIT + " actors)");
    out.printf("%-12s %6s %4s %4s %9s %8s %11s %9s%n", "ACTOR", "DEGREE", "IN", "OUT", "WEIGHTED", "PAGERANK", "BETWEENNESS",
        "COMMUNITY");
    for (NetworkReport.ActorNode node : network.nodes().subList(0, Math.min(limit, network.nodes().size()))) {
      out.printf("%-12s %6d %4d %4d %9.0f %8.4f %11s %9s%n", node.id(), node.degree(), node.inDegree(), node.outDegree(),
          node.weightedDegree(), node.pagerank(),
          node.betweenness() == null ? "-" : String.format(Locale.ROOT, "%.4f", node.betweenness()),
          node.community() == null ? "-" : node.community().toString());
    }
    out.println("Strongest ties:");
    for (ActorTie tie : network.edges().subList(0, Math.min(10, network.edges().size()))) {
      out.printf("  %-10s → %-10s %4d clusters %4d events  Goldstein %s  net_coop %+.2f%n", tie.source(), tie.target(),
          tie.clusters(), tie.events(),
          tie.goldsteinMean() == null ? "-" : String.format(Locale.ROOT, "%+.1f", tie.goldsteinMean()), tie.netCoop());
    }
    if (network.path() != null) {
      out.println(network.path().isEmpty() ? "No path joins " + path.get(0) + " and " + path.get(1)
          : "Shortest path: " + String.join(" – ", network.path()));
    }
  }
}
