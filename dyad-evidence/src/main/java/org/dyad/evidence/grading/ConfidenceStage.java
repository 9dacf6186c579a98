package org.dyad.evidence.grading;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dyad.core.analysis.ClusterReport;
import org.dyad.core.store.ClusterStore;

/**
 * Gives every stored event cluster its {@link ClusterConfidence}, run after each clustering and
 * after each grade change (grades alter the confidence, never the clusters). Idempotent: the same
 * reports and grades give the same confidences. O(reports).
 */
public final class ConfidenceStage {

  private ConfidenceStage() {}

  /** Computes and stores the confidence of every cluster; returns how many clusters were rated. */
  public static int run(ClusterStore store) throws IOException {
    Map<String, Double> confidences = confidences(store.reports());
    store.replaceConfidences(confidences);
    return confidences.size();
  }

  /** Each cluster's confidence from its reports, by cluster id. */
  static Map<String, Double> confidences(List<ClusterReport> reports) {
    Map<String, List<ClusterConfidence.Report>> byCluster = new LinkedHashMap<>();
    for (ClusterReport report : reports) {
      byCluster.computeIfAbsent(report.cluster(), cluster -> new ArrayList<>())
          .add(new ClusterConfidence.Report(report.outlet(), report.grade(), report.coderConfidence()));
    }
    Map<String, Double> confidences = new LinkedHashMap<>();
    byCluster.forEach((cluster, members) -> confidences.put(cluster, ClusterConfidence.of(members)));
    return confidences;
  }
}
