package org.dyad.evidence.ach;

import org.dyad.core.evidence.AdmiraltyGrade;

/** The hand-built board the tests share; its scores are worked out in {@link InconsistencyScoresTest}. */
final class Boards {

  private Boards() {}

  static AchBoard iranAndAlQaeda() {
    AchBoard board = AchBoard.empty("iran-aq", "Is Iran willing to expand its relationship with al-Qaeda?")
        .withHypothesis(new Hypothesis("H1", "Iran directs al-Qaeda"))
        .withHypothesis(new Hypothesis("H2", "Iran tolerates al-Qaeda for leverage"))
        .withHypothesis(new Hypothesis("H3", "No meaningful relationship"))
        .withEvidence(new EvidenceItem("E1", EvidenceItem.Kind.CLUSTER, "c0021", "Iran holds al-Qaeda leaders",
            AdmiraltyGrade.parse("A1"), Relevance.HIGH))
        .withEvidence(new EvidenceItem("E2", EvidenceItem.Kind.CLUSTER, "c0130", "Prisoners exchanged for a diplomat",
            AdmiraltyGrade.parse("B2"), Relevance.HIGH))
        .withEvidence(new EvidenceItem("E3", EvidenceItem.Kind.DOCUMENT, "treasury-2011", "Transit agreement",
            AdmiraltyGrade.parse("C3"), Relevance.MEDIUM))
        .withEvidence(new EvidenceItem("E4", EvidenceItem.Kind.NOTE, null, "Zawahiri denounced Iran", null,
            Relevance.LOW));
    String[][] matrix = {
      {"E1", "I", "C", "C"},
      {"E2", "N", "CC", "II"},
      {"E3", "C", "C", "II"},
      {"E4", "II", "N", "C"},
    };
    for (String[] row : matrix) {
      for (int h = 1; h <= 3; h++) {
        board = board.rate(row[0], "H" + h, Rating.valueOf(row[h]));
      }
    }
    return board;
  }
}
