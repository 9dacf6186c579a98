package org.dyad.server;

import java.io.IOException;
import org.dyad.core.evidence.AdmiraltyGrade;
import org.dyad.evidence.ach.AchBoard;
import org.dyad.evidence.ach.EvidenceItem;
import org.dyad.evidence.ach.Hypothesis;
import org.dyad.evidence.ach.Rating;
import org.dyad.evidence.ach.Relevance;
import org.dyad.evidence.ach.StoredBoards;
import org.dyad.store.Workspace;

/**
 * A hand-built hypothesis board for the server's tests. Its ranking, worked out by hand with w the
 * weight of item E1: H2 has no inconsistent rating (0), H1 one I on E1 (w), H3 an II on it (2w).
 * Rating E1 II against H2 ties H2 with H3 at 2w and puts H1 first.
 */
final class SampleBoard {

  static final String NAME = "iran-aq";

  /** Hostile markup in a hypothesis: the UI must show it as text. */
  static final String HOSTILE = "Iran tolerates <img src=x onerror=\"window.hacked=1\"> al-Qaeda";

  private SampleBoard() {}

  static AchBoard board() {
    AchBoard board = AchBoard.empty(NAME, "How does Iran stand to al-Qaeda?")
        .withHypothesis(new Hypothesis("H1", "Iran directs al-Qaeda"))
        .withHypothesis(new Hypothesis("H2", HOSTILE))
        .withHypothesis(new Hypothesis("H3", "No meaningful relationship"))
        .withEvidence(new EvidenceItem("E1", EvidenceItem.Kind.NOTE, null, "Iran holds al-Qaeda leaders",
            AdmiraltyGrade.parse("A1"), Relevance.HIGH))
        .withEvidence(new EvidenceItem("E2", EvidenceItem.Kind.NOTE, null, "Sanctions name a network in Iran",
            AdmiraltyGrade.parse("B2"), Relevance.HIGH));
    String[][] matrix = {{"E1", "I", "C", "II"}, {"E2", "C", "N", "N"}};
    for (String[] row : matrix) {
      for (int h = 1; h <= 3; h++) {
        board = board.rate(row[0], "H" + h, Rating.valueOf(row[h]));
      }
    }
    return board;
  }

  static void storeIn(Workspace workspace) throws IOException {
    new StoredBoards(workspace.boards()).save(board());
  }
}
