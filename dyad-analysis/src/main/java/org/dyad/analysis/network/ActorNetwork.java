package org.dyad.analysis.network;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.dyad.core.analysis.ActorMatch;
import org.dyad.core.analysis.ActorTie;
import org.dyad.core.analysis.NetworkQuery;
import org.dyad.core.store.RelationStore;
import org.jgrapht.Graph;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.clustering.LabelPropagationClustering;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.alg.scoring.PageRank;
import org.jgrapht.alg.shortestpath.BFSShortestPath;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleDirectedWeightedGraph;
import org.jgrapht.graph.SimpleGraph;

/**
 * The actor network of a set of ties and its measures, computed with JGraphT: degree (in, out,
 * and weighted by clusters), PageRank on the directed graph weighted by clusters (Brin and Page
 * 1998, damping 0.85), betweenness on the undirected hop graph (Brandes, "A faster algorithm for
 * betweenness centrality", J. Math. Sociology 25, 2001; O(VE), so skipped above {@link
 * #BETWEENNESS_LIMIT} actors), communities by label propagation on the undirected graph
 * (Raghavan, Albert and Kumara, Phys. Rev. E 76, 2007; near-linear, seeded so runs repeat), and
 * the shortest path in hops between two actors (breadth-first search).
 */
public final class ActorNetwork {

  /** Above this many actors exact betweenness (O(VE)) takes too long to run on demand. */
  public static final int BETWEENNESS_LIMIT = 2_000;

  private final List<ActorTie> ties;
  private final SimpleDirectedWeightedGraph<String, DefaultWeightedEdge> weighted =
      new SimpleDirectedWeightedGraph<>(DefaultWeightedEdge.class);
  private final Graph<String, DefaultEdge> hops = new SimpleGraph<>(DefaultEdge.class);

  /**
   * @param ties the directed ties
   * @param rawEvents weigh ties by events; otherwise by clusters
   */
  public ActorNetwork(List<ActorTie> ties, boolean rawEvents) {
    this.ties = List.copyOf(ties);
    for (ActorTie tie : ties) {
      weighted.addVertex(tie.source());
      weighted.addVertex(tie.target());
      hops.addVertex(tie.source());
      hops.addVertex(tie.target());
      DefaultWeightedEdge edge = weighted.addEdge(tie.source(), tie.target());
      if (edge != null) {
        weighted.setEdgeWeight(edge, tie.weight(rawEvents));
      }
      if (!tie.source().equals(tie.target())) {
        hops.addEdge(tie.source(), tie.target());
      }
    }
  }

  /**
   * The ties within {@code depth} hops of the actors {@code actor} matches (a three-letter code
   * matches the state and its parts), in either direction.
   */
  public static List<ActorTie> around(List<ActorTie> ties, ActorMatch actor, int depth) {
    if (depth < 0) {
      throw new IllegalArgumentException("--depth must not be negative: " + depth);
    }
    Map<String, Set<String>> neighbours = new HashMap<>();
    for (ActorTie tie : ties) {
      neighbours.computeIfAbsent(tie.source(), k -> new HashSet<>()).add(tie.target());
      neighbours.computeIfAbsent(tie.target(), k -> new HashSet<>()).add(tie.source());
    }
    Set<String> reached = new HashSet<>();
    neighbours.keySet().stream().filter(actor::matches).forEach(reached::add);
    Set<String> frontier = new HashSet<>(reached);
    for (int step = 0; step < depth && !frontier.isEmpty(); step++) {
      Set<String> next = new HashSet<>();
      for (String code : frontier) {
        for (String neighbour : neighbours.getOrDefault(code, Set.of())) {
          if (reached.add(neighbour)) {
            next.add(neighbour);
          }
        }
      }
      frontier = next;
    }
    return ties.stream().filter(tie -> reached.contains(tie.source()) && reached.contains(tie.target())).toList();
  }

  /**
   * The network {@code dyad network} and the REST API show: the ties of the query from the store,
   * narrowed to {@code depth} hops around {@code focus} when one is given, measured.
   *
   * @param focus the actor to centre on, or null for the whole network
   * @param pathFrom with {@code pathTo}, the two actors to join by a shortest path, or null
   */
  public static NetworkReport of(RelationStore store, NetworkQuery query, ActorMatch focus, int depth, String pathFrom,
      String pathTo) throws IOException {
    List<ActorTie> ties = store.ties(query);
    if (focus != null) {
      ties = around(ties, focus, depth);
    }
    return new ActorNetwork(ties, query.rawEvents()).measure(pathFrom, pathTo);
  }

  /** Every actor with its measures, by PageRank, highest first. */
  public NetworkReport measure(String pathFrom, String pathTo) {
    Map<String, Double> pageRank = weighted.vertexSet().isEmpty() ? Map.of() : new PageRank<>(weighted).getScores();
    boolean small = hops.vertexSet().size() <= BETWEENNESS_LIMIT;
    Map<String, Double> betweenness = small ? normalisedBetweenness() : Map.of();
    Map<String, Integer> community = communities();
    List<NetworkReport.ActorNode> nodes = new ArrayList<>();
    for (String actor : weighted.vertexSet()) {
      double weightedDegree = 0;
      for (DefaultWeightedEdge edge : weighted.edgesOf(actor)) {
        weightedDegree += weighted.getEdgeWeight(edge);
      }
      nodes.add(new NetworkReport.ActorNode(actor, hops.degreeOf(actor), weighted.inDegreeOf(actor),
          weighted.outDegreeOf(actor), weightedDegree, pageRank.getOrDefault(actor, 0.0),
          small ? betweenness.getOrDefault(actor, 0.0) : null, community.get(actor)));
    }
    nodes.sort(Comparator.comparingDouble(NetworkReport.ActorNode::pagerank).reversed()
        .thenComparing(NetworkReport.ActorNode::id));
    return new NetworkReport(nodes, ties, new HashSet<>(community.values()).size(), small, path(pathFrom, pathTo));
  }

  /**
   * Betweenness divided by (n−1)(n−2)/2, the number of pairs of other actors, so that 1 means on
   * every shortest path (JGraphT's own normalisation divides an undirected graph's by twice that).
   */
  private Map<String, Double> normalisedBetweenness() {
    Map<String, Double> raw = new BetweennessCentrality<>(hops, false).getScores();
    long n = hops.vertexSet().size();
    double pairs = (n - 1) * (n - 2) / 2.0;
    Map<String, Double> normalised = new HashMap<>();
    raw.forEach((actor, value) -> normalised.put(actor, pairs > 0 ? value / pairs : 0.0));
    return normalised;
  }

  private Map<String, Integer> communities() {
    Map<String, Integer> community = new HashMap<>();
    if (hops.vertexSet().isEmpty()) {
      return community;
    }
    List<Set<String>> clusters = new ArrayList<>(
        new LabelPropagationClustering<>(hops, new Random(42)).getClustering().getClusters());
    // Numbered largest first, so community 0 is the biggest on every run.
    clusters.sort(Comparator.<Set<String>>comparingInt(Set::size).reversed()
        .thenComparing(set -> set.stream().min(String::compareTo).orElse("")));
    for (int i = 0; i < clusters.size(); i++) {
      for (String actor : clusters.get(i)) {
        community.put(actor, i);
      }
    }
    return community;
  }

  /** The actors on a shortest path, both ends included; null when not asked, empty when none joins them. */
  private List<String> path(String from, String to) {
    if (from == null || to == null) {
      return null;
    }
    if (!hops.containsVertex(from) || !hops.containsVertex(to)) {
      return List.of();
    }
    GraphPath<String, DefaultEdge> path = BFSShortestPath.findPathBetween(hops, from, to);
    return path == null ? List.of() : path.getVertexList();
  }
}
