package org.dyad.analysis.network;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;
import org.dyad.core.analysis.ActorTie;

/**
 * An actor network with its measures; serialises through {@code DyadJson} to the JSON of {@code
 * dyad network --format json} and the REST API.
 *
 * @param nodes the actors, by PageRank, highest first
 * @param edges the directed ties
 * @param communities how many communities label propagation found
 * @param betweennessComputed false when the network was too large for betweenness on demand
 * @param path the actors on a shortest path between the two asked for, null when none was asked
 */
public record NetworkReport(
    List<ActorNode> nodes,
    List<ActorTie> edges,
    int communities,
    @JsonProperty("betweenness_computed") boolean betweennessComputed,
    List<String> path) {

  public NetworkReport {
    nodes = List.copyOf(nodes);
    edges = List.copyOf(edges);
    path = path == null ? null : List.copyOf(path);
  }

  /**
   * @param id the actor code
   * @param degree distinct actors it is tied to, in either direction
   * @param inDegree actors with a tie to it
   * @param outDegree actors it has a tie to
   * @param weightedDegree the weights of all its ties, in and out
   * @param pagerank its PageRank on the weighted directed graph
   * @param betweenness its normalised betweenness on the undirected graph, or null when skipped
   * @param community the label-propagation community it belongs to, numbered largest first
   */
  public record ActorNode(
      String id,
      int degree,
      @JsonProperty("in_degree") int inDegree,
      @JsonProperty("out_degree") int outDegree,
      @JsonProperty("weighted_degree") double weightedDegree,
      double pagerank,
      Double betweenness,
      Integer community) {

    public ActorNode {
      Objects.requireNonNull(id, "id");
    }
  }
}
