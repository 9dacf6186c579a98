package org.dyad.analysis.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dyad.analysis.relate.DyadRelationTest;
import org.dyad.core.analysis.ActorMatch;
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
}
