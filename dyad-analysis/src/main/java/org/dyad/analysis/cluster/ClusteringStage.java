package org.dyad.analysis.cluster;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dyad.core.analysis.ClusterCandidate;
import org.dyad.core.store.ClusterStore;

/**
 * The cluster stage, run after coding and after each judgement: clusters every counted event
 * again and replaces the stored clusters. Idempotent: the same events give the same clusters.
 */
public final class ClusteringStage {

  private ClusteringStage() {}

  public static Report run(ClusterStore store, EventClusterer clusterer) throws IOException {
    List<ClusterCandidate> candidates = store.candidates();
    Map<String, String> clusterOf = clusterer.cluster(candidates);
    store.replaceClusters(clusterOf);
    return Report.of(clusterOf);
  }

  /**
   * @param events the events clustered (those not judged wrong)
   * @param clusters the real-world events they make
   * @param corroborated clusters with two reports or more
   */
  public record Report(long events, long clusters, long corroborated) {

    public Report {
      if (clusters > events || corroborated > clusters || corroborated < 0) {
        throw new IllegalArgumentException("inconsistent cluster counts " + events + "/" + clusters + "/" + corroborated);
      }
    }

    static Report of(Map<String, String> clusterOf) {
      Map<String, Integer> sizes = new HashMap<>();
      clusterOf.values().forEach(cluster -> sizes.merge(cluster, 1, Integer::sum));
      long corroborated = sizes.values().stream().filter(size -> size > 1).count();
      return new Report(clusterOf.size(), sizes.size(), corroborated);
    }
  }
}
