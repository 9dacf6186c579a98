package org.dyad.evidence.ach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;
import org.dyad.core.json.DyadJson;
import org.junit.jupiter.api.Test;

class AchBoardTest {

  @Test
  void roundTripsThroughJson() throws Exception {
    AchBoard board = Boards.iranAndAlQaeda();

    String json = DyadJson.write(board);
    AchBoard read = DyadJson.mapper().readValue(json, AchBoard.class);

    assertThat(read).isEqualTo(board);
    assertThat(json).contains("\"grade\":\"A1\"").contains("\"E2\":{\"H1\":\"N\",\"H2\":\"CC\",\"H3\":\"II\"}");
  }

  @Test
  void removingEvidenceRemovesItsRatings() {
    AchBoard board = Boards.iranAndAlQaeda().without(Set.of("E2"));

    assertThat(board.evidence()).extracting(EvidenceItem::id).containsExactly("E1", "E3", "E4");
    assertThat(board.ratings()).doesNotContainKey("E2");
  }

  @Test
  void refusesRatingsOfUnknownItemsAndDuplicateIds() {
    AchBoard board = Boards.iranAndAlQaeda();
    assertThatThrownBy(() -> board.rate("E9", "H1", Rating.C)).hasMessageContaining("unknown evidence E9");
    assertThatThrownBy(() -> board.rate("E1", "H9", Rating.C)).hasMessageContaining("unknown hypothesis H9");
    assertThatThrownBy(() -> board.withHypothesis(new Hypothesis("H1", "again"))).hasMessageContaining("H1");
    assertThatThrownBy(() -> new AchBoard("bad name!", "q", java.util.List.of(), java.util.List.of(), Map.of()))
        .hasMessageContaining("board name");
  }

  @Test
  void aReferenceIsNeededForEverythingButANote() {
    assertThatThrownBy(() -> new EvidenceItem("E5", EvidenceItem.Kind.DOCUMENT, " ", "x", null, Relevance.LOW))
        .hasMessageContaining("needs a reference");
  }
}
