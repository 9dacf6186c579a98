package org.dyad.evidence.ach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import org.dyad.core.analysis.EvidenceItem;
import org.dyad.core.evidence.AdmiraltyGrade;
import org.junit.jupiter.api.Test;

class RelationshipBoardTest {

  private static EvidenceItem cluster(String id, String code, Integer quad, long outlets) {
    return new EvidenceItem(null, id, LocalDate.of(2003, 7, 24), "IRN", "IMGMUSALQ", code, quad, null, outlets, outlets, 0.5,
        "A sentence about " + code + ".", "doc-" + id, "title", "wire", List.of(id));
  }

  @Test
  void everyClusterIsRatedByItsQuadClassAndTheLeastInconsistentHypothesisLeads() {
    List<EvidenceItem> clusters = List.of(cluster("c1", "071", 2, 2), cluster("c2", "173", 4, 1), cluster("c3", "999", null, 1));

    AchBoard board = RelationshipBoard.of("iran-al-qaeda", "Iran", "al-Qaeda", clusters,
        item -> item.cluster().equals("c2") ? AdmiraltyGrade.parse("A1") : null);

    assertThat(board.hypotheses()).extracting(Hypothesis::statement)
        .containsExactly("Iran directs al-Qaeda", "Iran tolerates al-Qaeda for leverage",
            "No meaningful relationship between Iran and al-Qaeda");
    assertThat(board.evidence()).extracting(org.dyad.evidence.ach.EvidenceItem::reference).containsExactly("c1", "c2", "c3");
    assertThat(board.evidence().get(0).relevance()).isEqualTo(Relevance.HIGH);
    assertThat(board.evidence().get(1).relevance()).isEqualTo(Relevance.MEDIUM);
    assertThat(board.rating("E1", RelationshipBoard.DIRECTS)).isEqualTo(Rating.CC);
    assertThat(board.rating("E1", RelationshipBoard.NONE)).isEqualTo(Rating.II);
    assertThat(board.rating("E2", RelationshipBoard.DIRECTS)).isEqualTo(Rating.II);
    assertThat(board.rating("E2", RelationshipBoard.LEVERAGE)).isEqualTo(Rating.C);
    assertThat(board.rating("E3", RelationshipBoard.LEVERAGE)).isEqualTo(Rating.NA);

    // DIRECTS: E2 (A1, medium: 0.6) × 2 = 1.2; NONE: E1 (ungraded, high: 0.5) × 2 = 1.0; LEVERAGE: 0.
    List<InconsistencyScores.Ranked> ranking = InconsistencyScores.rank(board);
    assertThat(ranking).extracting(r -> r.hypothesis().id())
        .containsExactly(RelationshipBoard.LEVERAGE, RelationshipBoard.NONE, RelationshipBoard.DIRECTS);
    assertThat(ranking.get(1).inconsistency()).isCloseTo(1.0, within(1e-12));
    assertThat(ranking.get(2).inconsistency()).isCloseTo(1.2, within(1e-12));
  }

  @Test
  void everyQuadClassHasOneRatingPerHypothesis() {
    for (int quad = 1; quad <= 4; quad++) {
      assertThat(RelationshipBoard.ratings(quad)).hasSize(3).doesNotContain(Rating.NA);
    }
    assertThat(RelationshipBoard.ratings(null)).containsOnly(Rating.NA);
  }
}
