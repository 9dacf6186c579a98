package org.dyad.core.store;

import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.dyad.core.analysis.ClusterCandidate;
import org.dyad.core.analysis.ClusterReport;
import org.dyad.core.analysis.EventCluster;

/**
 * The workspace's event clusters: which coded events report the same real-world event. The
 * clustering itself is an algorithm of the analysis module; this stores its result.
 */
public interface ClusterStore {

  /**
   * The coded events to cluster, with the analysts' judgements applied: an event judged wrong is
   * left out, a recoded one carries its new code.
   */
  List<ClusterCandidate> candidates() throws IOException;

  /**
   * Replaces every cluster in one transaction: each candidate's event goes to the cluster named in
   * {@code clusterOfEvent} (a candidate missing from it is a cluster of its own).
   */
  void replaceClusters(Map<String, String> clusterOfEvent) throws IOException;

  /** True when events are coded but none is clustered yet (a workspace coded before clustering). */
  boolean unclustered() throws IOException;

  /** Every counted report of every stored cluster, with its document's grade and the coder's confidence. */
  List<ClusterReport> reports() throws IOException;

  /**
   * Replaces every cluster's confidence in one transaction; a cluster missing from the map has none
   * until the next replacement.
   */
  void replaceConfidences(Map<String, Double> confidenceOfCluster) throws IOException;

  /** True when some stored cluster has no confidence yet (clustered before confidences existed). */
  boolean unrated() throws IOException;

  /** The clusters that hold any of the given events, each whole, earliest first. */
  List<EventCluster> clustersOf(Collection<String> eventIds) throws IOException;
}
