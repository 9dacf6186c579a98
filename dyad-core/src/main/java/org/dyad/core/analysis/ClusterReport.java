package org.dyad.core.analysis;

import java.util.Objects;
import org.dyad.core.evidence.AdmiraltyGrade;

/**
 * One counted report of a clustered event, as the cluster's confidence weighs it.
 *
 * @param cluster the id of the cluster it belongs to
 * @param outlet the outlet of its document ({@code ""} when the document has none)
 * @param grade the document's own Admiralty grade, else its outlet's, or null when neither is graded
 * @param coderConfidence the coder's confidence in the event, 0 to 1
 */
public record ClusterReport(String cluster, String outlet, AdmiraltyGrade grade, double coderConfidence) {

  public ClusterReport {
    Objects.requireNonNull(cluster, "cluster");
    Objects.requireNonNull(outlet, "outlet");
    if (!(coderConfidence >= 0 && coderConfidence <= 1)) {
      throw new IllegalArgumentException("cluster " + cluster + ": coder confidence must lie in [0, 1], got " + coderConfidence);
    }
  }
}
