package org.dyad.analysis.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dyad.core.analysis.ActorMatch;
import org.dyad.core.analysis.ActorTie;
import org.junit.jupiter.api.Test;

class ActorNetworkTest {

  private static ActorTie tie(String source, String target, long clusters) {
    return new ActorTie(source, target, clusters, clusters, -1.0, -1.0);
  }

  /** Two triangles, IRN–SYR–LBN and USA–PAK–AFG, joined by the bridge IRN–USA. */
  private static final List<ActorTie> TIES = List.of(tie("IRN", "SYR", 5), tie("SYR", "LBN", 2), tie("LBN", "IRN", 2),
      tie("USA", "PAK", 5), tie("PAK", "AFG", 2), tie("AFG", "USA", 2), tie("IRN", "USA", 1));

  private static Map<String, NetworkReport.ActorNode> nodes(NetworkReport report) {
    return report.nodes().stream().collect(Collectors.toMap(NetworkReport.ActorNode::id, Function.identity()));
  }

  @Test
  void degreesBetweennessAndPath() {
    NetworkReport report = new ActorNetwork(TIES, false).measure("SYR", "PAK");
    Map<String, NetworkReport.ActorNode> nodes = nodes(report);
    assertThat(nodes.get("IRN").degree()).isEqualTo(3);
    assertThat(nodes.get("IRN").outDegree()).isEqualTo(2);
    assertThat(nodes.get("IRN").inDegree()).isEqualTo(1);
    assertThat(nodes.get("IRN").weightedDegree()).isEqualTo(8.0);
    // IRN lies on the shortest paths from SYR and LBN to USA, PAK and AFG: 6 of the (n−1)(n−2)/2 = 10
    // pairs of other actors.
    assertThat(nodes.get("IRN").betweenness()).isCloseTo(0.6, within(1e-9));
    assertThat(nodes.get("SYR").betweenness()).isZero();
    assertThat(report.path()).containsExactly("SYR", "IRN", "USA", "PAK");
    assertThat(report.betweennessComputed()).isTrue();
  }

  @Test
  void pageRankSumsToOneAndCommunitiesAreTheTriangles() {
    NetworkReport report = new ActorNetwork(TIES, false).measure(null, null);
    assertThat(report.nodes().stream().mapToDouble(NetworkReport.ActorNode::pagerank).sum()).isCloseTo(1.0, within(1e-6));
    Map<String, NetworkReport.ActorNode> nodes = nodes(report);
    assertThat(nodes.get("SYR").community()).isEqualTo(nodes.get("LBN").community());
    assertThat(nodes.get("PAK").community()).isEqualTo(nodes.get("AFG").community());
    assertThat(report.path()).isNull();
  }

  @Test
  void aroundAnActorKeepsTheTiesWithinItsReach() {
    List<ActorTie> near = ActorNetwork.around(TIES, ActorMatch.of("SYR"), 1);
    assertThat(near).extracting(ActorTie::source, ActorTie::target).containsExactlyInAnyOrder(
        org.assertj.core.groups.Tuple.tuple("IRN", "SYR"), org.assertj.core.groups.Tuple.tuple("SYR", "LBN"),
        org.assertj.core.groups.Tuple.tuple("LBN", "IRN"));
    assertThat(ActorNetwork.around(TIES, ActorMatch.of("SYR"), 2)).hasSize(4);
    assertThat(ActorNetwork.around(TIES, ActorMatch.of("SYR"), 0)).isEmpty();
  }

  @Test
  void noPathBetweenStrangers() {
    assertThat(new ActorNetwork(TIES, false).measure("SYR", "XXX").path()).isEmpty();
  }
}
