package org.dyad.evidence.grading;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.dyad.core.evidence.AdmiraltyGrade;

/**
 * How far an event cluster — one real-world event reported by several documents — can be believed,
 * from the grades of its sources, how many independent outlets report it and how sure the coder was
 * of each report.
 *
 * <p>A report's support is its grade's weight ({@link AdmiraltyGrade#weight()}, 0.5 when ungraded)
 * times the coder's confidence. Reports from the same outlet are not independent (a paper repeating
 * itself confirms nothing), so each outlet contributes its best-supported report. Outlets combine
 * as independent witnesses by the noisy-OR rule, {@code 1 − Π (1 − support)}, so a second outlet
 * raises the confidence and no number of weak reports reaches certainty (J. Pearl, <i>Probabilistic
 * Reasoning in Intelligent Systems</i>, 1988, §4.3.2). O(reports).
 *
 * <p>In one line: {@code confidence = 1 − Π over outlets o (1 − max over o's reports r of w(grade_r) ·
 * c_r)}, where {@code w} is {@link AdmiraltyGrade#weight()} of the document's own grade, else its
 * outlet's, else {@link AdmiraltyGrade#UNGRADED_WEIGHT}, and {@code c} the coder's confidence.
 * {@link ConfidenceStage} rates every stored cluster so, after each clustering and grade change.
 */
public final class ClusterConfidence {

  /**
   * One document's report of the cluster's event.
   *
   * @param outlet the publisher or collection it came from
   * @param grade the document's grade, else its outlet's, or null when neither is graded
   * @param coderConfidence the coder's confidence in the event, in [0, 1]
   */
  public record Report(String outlet, AdmiraltyGrade grade, double coderConfidence) {

    public Report {
      Objects.requireNonNull(outlet, "outlet");
      if (coderConfidence < 0 || coderConfidence > 1) {
        throw new IllegalArgumentException("coder confidence must lie in [0, 1], got " + coderConfidence);
      }
    }

    double support() {
      return (grade == null ? AdmiraltyGrade.UNGRADED_WEIGHT : grade.weight()) * coderConfidence;
    }
  }

  private ClusterConfidence() {}

  /** The cluster's confidence in [0, 1]; 0 for a cluster without reports. */
  public static double of(List<Report> reports) {
    Map<String, Double> bestByOutlet = new HashMap<>();
    for (Report report : reports) {
      bestByOutlet.merge(report.outlet(), report.support(), Math::max);
    }
    double allWrong = 1;
    for (double support : bestByOutlet.values()) {
      allWrong *= 1 - support;
    }
    return 1 - allWrong;
  }
}
