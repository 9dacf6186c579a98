package org.dyad.analysis.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import org.dyad.analysis.relate.DyadRelationTest;
import org.dyad.core.analysis.ActorMatch;
import org.dyad.core.analysis.EvidenceItem;
import org.dyad.core.analysis.TimelineQuery;
import org.junit.jupiter.api.Test;

class TimelineTest {

  @Test
  void namesTheActorsAndKeepsTheStoresOrder() throws Exception {
    TimelineQuery query = new TimelineQuery(ActorMatch.of("IRN"), ActorMatch.of("YEM"), null, null, 10);
    Timeline timeline = Timeline.of(new DyadRelationTest.FixedSeries(List.of()), query);
    assertThat(timeline.actor()).isEqualTo("IRN");
    assertThat(timeline.other()).isEqualTo("YEM");
    assertThat(timeline.events()).singleElement().satisfies(item -> assertThat(item.code()).isEqualTo("173"));
  }

  private static EvidenceItem item(String cluster, String code, int quad, Double confidence) {
    return new EvidenceItem(null, cluster, LocalDate.of(2003, 7, 24), "IRN", "IMGMUSALQ", code, quad, null, 1, 1, confidence,
        "A sentence.", "doc", "title", "wire", List.of(cluster));
  }

  @Test
  void theBalanceCountsEachEventOnceAndWeighsItByItsConfidence() {
    Timeline timeline = new Timeline("IRN", "IMGMUSALQ", List.of(item("c1", "071", 2, 0.8), item("c2", "173", 4, 0.2),
        item("c3", "173", 4, null)));

    assertThat(timeline.balance()).isNull();
    Timeline.Balance balance = timeline.weighedByConfidence().balance();
    assertThat(balance.clusters()).isEqualTo(3);
    assertThat(balance.netCoop()).isCloseTo(-1.0 / 3, within(1e-12));
    assertThat(balance.weightedClusters()).isCloseTo(1.0, within(1e-12));
    assertThat(balance.weightedNetCoop()).as("(0.8 − 0.2 − 0) / 1.0").isCloseTo(0.6, within(1e-12));
    assertThat(new Timeline("IRN", null, List.of()).weighedByConfidence().balance().weightedNetCoop()).isZero();
  }
}
