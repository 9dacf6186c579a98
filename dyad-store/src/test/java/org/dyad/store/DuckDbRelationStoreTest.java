package org.dyad.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.dyad.core.analysis.ActorMatch;
import org.dyad.core.analysis.ActorTie;
import org.dyad.core.analysis.DyadQuery;
import org.dyad.core.analysis.EvidenceItem;
import org.dyad.core.analysis.NetworkQuery;
import org.dyad.core.analysis.Period;
import org.dyad.core.analysis.PeriodCounts;
import org.dyad.core.analysis.TimelineQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DuckDbRelationStoreTest {

  @TempDir Path dir;
  AnalysisFixture fixture;
  DuckDbRelationStore store;

  @BeforeEach
  void clusterTheFixture() throws Exception {
    fixture = new AnalysisFixture(dir);
    try (DuckDbClusterStore clusters = new DuckDbClusterStore(fixture.catalogue.newConnection())) {
      clusters.replaceClusters(fixture.clusters());
    }
    store = new DuckDbRelationStore(fixture.catalogue.newConnection());
  }

  @AfterEach
  void close() throws Exception {
    store.close();
    fixture.catalogue.close();
  }

  private static DyadQuery query(String a, String b, boolean directed, boolean rawEvents) {
    return new DyadQuery(ActorMatch.of(a), ActorMatch.of(b), Period.YEAR, null, null, directed, rawEvents);
  }

  @Test
  void countsEachClusterOnceInTheYearOfItsDate() throws Exception {
    List<PeriodCounts> series = store.series(query("IRN", "IMGMUSALQ", false, false));
    // 2001: e1 and e2 are one cluster, quad 4, from two outlets, the only cluster that year.
    // 2002: e3, quad 1; the year has three clusters (e3, e4, e5).
    assertThat(series).containsExactly(
        new PeriodCounts("2001", 2, 1, 0, 0, 0, 1, -5.0, -1.0, 2, 1.0),
        new PeriodCounts("2002", 1, 1, 1, 0, 0, 0, 1.9, 1.0, 1, 1.0 / 3));
  }

  @Test
  void rawEventsCountEveryReport() throws Exception {
    PeriodCounts first = store.series(query("IRN", "IMGMUSALQ", false, true)).getFirst();
    assertThat(first.quad4()).isEqualTo(2);
    assertThat(first.netCoop()).isEqualTo(-1.0);
    assertThat(first.shareOfAll()).isEqualTo(1.0);
  }

  @Test
  void directionAndExactMembersNarrowTheDyad() throws Exception {
    assertThat(store.series(query("IMGMUSALQ", "IRN", true, false))).extracting(PeriodCounts::period).containsExactly("2002");
    assertThat(store.series(query("IRNGOV", "IMGMUSALQ", false, false))).singleElement()
        .satisfies(p -> assertThat(p.events()).as("IRNGOV is exact: e1, not e2").isEqualTo(1));
    DyadQuery dated = new DyadQuery(ActorMatch.of("IRN"), ActorMatch.of("IMGMUSALQ"), Period.MONTH, LocalDate.of(2002, 1, 1),
        null, false, false);
    assertThat(store.series(dated)).extracting(PeriodCounts::period).containsExactly("2002-05");
  }

  @Test
  void evidenceShowsTheMostCorroboratedClusterWithAllItsReports() throws Exception {
    List<EvidenceItem> evidence = store.evidence(query("IRN", "IMGMUSALQ", false, false), 1);
    assertThat(evidence).hasSize(2);
    EvidenceItem first = evidence.getFirst();
    assertThat(first.period()).isEqualTo("2001");
    assertThat(first.mentions()).isEqualTo(2);
    assertThat(first.outlets()).isEqualTo(2);
    // Reports are listed by outlet: paper (e2) before wire (e1); the sentence is the first's.
    assertThat(first.eventIds()).containsExactly(fixture.e2.id(), fixture.e1.id());
    assertThat(first.sentence()).isEqualTo(fixture.e2.sentence().text());
    assertThat(first.outlet()).isEqualTo("paper");
    assertThat(first.date()).isEqualTo(LocalDate.of(2001, 3, 1));
  }

  @Test
  void tiesFoldStateAgentsAndKeepTheMinimum() throws Exception {
    List<ActorTie> all = store.ties(new NetworkQuery(null, null, 1, false));
    assertThat(all).extracting(ActorTie::source, ActorTie::target, ActorTie::clusters, ActorTie::events).containsExactlyInAnyOrder(
        org.assertj.core.groups.Tuple.tuple("IRN", "IMGMUSALQ", 1L, 2L),
        org.assertj.core.groups.Tuple.tuple("IMGMUSALQ", "IRN", 1L, 1L),
        org.assertj.core.groups.Tuple.tuple("USA", "IRN", 1L, 1L),
        org.assertj.core.groups.Tuple.tuple("IRN", "AFG", 1L, 1L));
    assertThat(store.ties(new NetworkQuery(null, null, 2, true))).extracting(ActorTie::source).containsExactly("IRN");
    ActorTie conflict = store.ties(new NetworkQuery(null, null, 2, true)).getFirst();
    assertThat(conflict.netCoop()).isEqualTo(-1.0);
    assertThat(conflict.goldsteinMean()).isCloseTo(-5.0, within(1e-9));
  }

  @Test
  void quadClassesNarrowTheTiesInAnyDateRange() throws Exception {
    // Only e3 is cooperation (quad 1); the rest are material conflict (quad 4).
    assertThat(store.ties(new NetworkQuery(null, null, 1, false, Set.of(1, 2))))
        .extracting(ActorTie::source, ActorTie::target).containsExactly(org.assertj.core.groups.Tuple.tuple("IMGMUSALQ", "IRN"));
    List<ActorTie> year = store.ties(new NetworkQuery(LocalDate.of(2002, 1, 1), LocalDate.of(2002, 12, 31), 1, false,
        Set.of(4)));
    assertThat(year).extracting(ActorTie::target).containsExactlyInAnyOrder("IRN", "AFG");
    assertThat(year).allSatisfy(tie -> assertThat(tie.netCoop()).isEqualTo(-1.0));
    assertThat(store.ties(new NetworkQuery(null, null, 1, false, Set.of(1, 2, 3, 4))))
        .isEqualTo(store.ties(new NetworkQuery(null, null, 1, false)));
  }

  @Test
  void aYearAndAnyOtherRangeAgree() throws Exception {
    List<ActorTie> year = store.ties(new NetworkQuery(LocalDate.of(2002, 1, 1), LocalDate.of(2002, 12, 31), 1, false));
    List<ActorTie> days = store.ties(new NetworkQuery(LocalDate.of(2002, 1, 2), LocalDate.of(2002, 12, 30), 1, false));
    assertThat(year).hasSize(3).isEqualTo(days);
    assertThat(store.ties(new NetworkQuery(LocalDate.of(2002, 5, 2), LocalDate.of(2002, 6, 30), 1, false)))
        .extracting(ActorTie::target).containsExactly("AFG");
  }

  @Test
  void theTimelineTellsEachClusterOnceInDateOrder() throws Exception {
    List<EvidenceItem> timeline = store.timeline(new TimelineQuery(ActorMatch.of("IMGMUSALQ"), null, null, null, 10));
    assertThat(timeline).extracting(EvidenceItem::date).containsExactly(LocalDate.of(2001, 3, 1), LocalDate.of(2002, 5, 1));
    assertThat(timeline.getFirst().period()).isNull();
    assertThat(store.timeline(new TimelineQuery(ActorMatch.of("IRN"), ActorMatch.of("USA"), null, null, 10)))
        .singleElement().satisfies(item -> assertThat(item.code()).isEqualTo("163"));
    assertThat(store.timeline(new TimelineQuery(ActorMatch.of("IRN"), null, null, null, 2))).hasSize(2);
  }
}
