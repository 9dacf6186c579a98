package org.dyad.core.store;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.dyad.core.analysis.ClusterCandidate;

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
}
