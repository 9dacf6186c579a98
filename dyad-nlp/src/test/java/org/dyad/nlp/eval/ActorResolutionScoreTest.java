package org.dyad.nlp.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ActorResolutionScoreTest {

  private static TreeMap<String, CodeTally> tallies(String code, int found, int total) {
    return new TreeMap<>(Map.of(code, new CodeTally(found, total)));
  }

  @Test
  void computesTheRatiosFromTheCounts() {
    // 2 of 4 gold actors found; 3 of 4 mentions on gold correct.
    ActorResolutionScore score = ActorResolutionScore.of(
        2, 4, 2, 4, 3, Map.of(ErrorClass.MISSED, 2), tallies("IRN", 2, 4), List.of());
    assertThat(score.precision()).isEqualTo(0.75);
    assertThat(score.recall()).isEqualTo(0.5);
    assertThat(score.f1()).isEqualTo(0.6);
  }

  @Test
  void listsEveryErrorClass() {
    ActorResolutionScore score = ActorResolutionScore.of(1, 1, 1, 1, 1, Map.of(), tallies("IRN", 1, 1), List.of());
    assertThat(score.errors()).containsOnlyKeys(ErrorClass.values()).allSatisfy((k, v) -> assertThat(v).isZero());
  }

  @Test
  void rejectsCountsThatDoNotAddUp() {
    assertThatThrownBy(() -> ActorResolutionScore.of(1, 2, 1, 1, 1, Map.of(), tallies("IRN", 1, 2), List.of()))
        .hasMessageContaining("0 gold-actor errors for 1 gold actors not found");
    assertThatThrownBy(() -> ActorResolutionScore.of(1, 1, 1, 1, 1, Map.of(), tallies("IRN", 0, 1), List.of()))
        .hasMessageContaining("per-code tallies");
    assertThatThrownBy(() -> ActorResolutionScore.of(1, 1, 2, 1, 1, Map.of(), tallies("IRN", 1, 1), List.of()))
        .hasMessageContaining("inconsistent counts");
    assertThatThrownBy(() -> new ActorResolutionScore(
        1, 1, 1, 1, 1, 0.5, 1, 1, Map.of(), tallies("IRN", 1, 1), List.of()))
        .hasMessageContaining("precision is 0.5 but the counts give 1.0");
  }
}
