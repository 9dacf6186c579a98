package org.dyad.analysis.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.dyad.analysis.cluster.PairwiseAgreement.PairScore;
import org.junit.jupiter.api.Test;

class PairwiseAgreementTest {

  private static final Map<String, String> GOLD = Map.of("a", "1", "b", "1", "c", "1", "d", "2", "e", "2");

  @Test
  void countsSameClusterDecisionsOnPairs() {
    // Gold pairs: ab ac bc de = 4. Predicted {a,b} {c,d} {e}: pairs ab, cd = 2; agreed ab = 1.
    PairScore score = PairwiseAgreement.score(GOLD, Map.of("a", "x", "b", "x", "c", "y", "d", "y", "e", "z"));
    assertThat(score.goldPairs()).isEqualTo(4);
    assertThat(score.predictedPairs()).isEqualTo(2);
    assertThat(score.agreedPairs()).isEqualTo(1);
    assertThat(score.precision()).isEqualTo(0.5);
    assertThat(score.recall()).isEqualTo(0.25);
    assertThat(score.f1()).isCloseTo(1.0 / 3, within(1e-12));
  }

  @Test
  void neverMergingHasPerfectPrecisionAndNoRecall() {
    PairScore score = PairwiseAgreement.score(GOLD, Map.of());
    assertThat(score.precision()).isEqualTo(1.0);
    assertThat(score.recall()).isZero();
    assertThat(score.predictedClusters()).isEqualTo(5);
  }

  @Test
  void mergingEverythingHasPerfectRecall() {
    PairScore score = PairwiseAgreement.score(GOLD, Map.of("a", "x", "b", "x", "c", "x", "d", "x", "e", "x"));
    assertThat(score.recall()).isEqualTo(1.0);
    assertThat(score.precision()).isCloseTo(0.4, within(1e-12));
  }
}
