package org.dyad.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.dyad.core.analysis.ActorMatch;
import org.dyad.core.analysis.ClusterCandidate;
import org.dyad.core.analysis.ClusterReport;
import org.dyad.core.analysis.EventCluster;
import org.dyad.core.analysis.EvidenceItem;
import org.dyad.core.analysis.DyadQuery;
import org.dyad.core.analysis.EventJudgement;
import org.dyad.core.analysis.Judgement;
import org.dyad.core.analysis.Period;
import org.dyad.core.analysis.PeriodCounts;
import org.dyad.core.evidence.AdmiraltyGrade;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DuckDbClusterStoreTest {

  @TempDir Path dir;

  @Test
  void candidatesCarryTheOutletAndWords() throws Exception {
    AnalysisFixture fixture = new AnalysisFixture(dir);
    try (DuckDbClusterStore store = new DuckDbClusterStore(fixture.catalogue.newConnection())) {
      assertThat(store.candidates()).hasSize(5).contains(new ClusterCandidate(fixture.e2.id(), AnalysisFixture.B, "paper",
          fixture.e2.date(), "IRN", "IMGMUSALQ", "173", "verb 173", "IMGMUSALQ words"));
    } finally {
      fixture.catalogue.close();
    }
  }

  @Test
  void unclusteredUntilClusteredAndReplacingIsIdempotent() throws Exception {
    AnalysisFixture fixture = new AnalysisFixture(dir);
    try (DuckDbClusterStore store = new DuckDbClusterStore(fixture.catalogue.newConnection());
        DuckDbRelationStore relations = new DuckDbRelationStore(fixture.catalogue.newConnection())) {
      assertThat(store.unclustered()).isTrue();
      store.replaceClusters(fixture.clusters());
      store.replaceClusters(fixture.clusters());
      assertThat(store.unclustered()).isFalse();
      assertThat(relations.series(DyadQuery.yearly("IRN", "IMGMUSALQ"))).extracting(PeriodCounts::clusters)
          .containsExactly(1L, 1L);
    } finally {
      fixture.catalogue.close();
    }
  }

  @Test
  void judgementsReachTheCandidatesAndTheCounts() throws Exception {
    AnalysisFixture fixture = new AnalysisFixture(dir);
    try (DuckDbClusterStore store = new DuckDbClusterStore(fixture.catalogue.newConnection());
        DuckDbJudgementStore judgements = new DuckDbJudgementStore(fixture.catalogue.newConnection());
        DuckDbRelationStore relations = new DuckDbRelationStore(fixture.catalogue.newConnection())) {
      judgements.judge(new EventJudgement(fixture.e3.id(), Judgement.WRONG, null, "a denial", Instant.now()));
      judgements.judge(new EventJudgement(fixture.e1.id(), Judgement.RECODE, "042", null, Instant.now()));
      judgements.judge(new EventJudgement(fixture.e2.id(), Judgement.RIGHT, null, null, Instant.now()));

      assertThat(store.candidates()).extracting(ClusterCandidate::id).doesNotContain(fixture.e3.id()).hasSize(4);
      assertThat(store.candidates()).filteredOn(c -> c.id().equals(fixture.e1.id())).singleElement()
          .satisfies(c -> assertThat(c.code()).isEqualTo("042"));

      store.replaceClusters(Map.of()); // every event its own cluster
      DyadQuery dyad = new DyadQuery(ActorMatch.of("IRN"), ActorMatch.of("IMGMUSALQ"), Period.YEAR, null, null, false, false);
      // 2001: e1 now counts as 042 (quad 1), e2 stays 173 (quad 4); 2002's e3 is gone.
      assertThat(relations.series(dyad)).singleElement().satisfies(year -> {
        assertThat(year.quad1()).isEqualTo(1);
        assertThat(year.quad4()).isEqualTo(1);
        assertThat(year.netCoop()).isZero();
      });
    } finally {
      fixture.catalogue.close();
    }
  }

  @Test
  void reportsCarryTheDocumentsGradeBeforeTheOutletsAndConfidencesAreClearedByReclustering() throws Exception {
    AnalysisFixture fixture = new AnalysisFixture(dir);
    try (DuckDbClusterStore store = new DuckDbClusterStore(fixture.catalogue.newConnection());
        DuckDbGradeStore grades = new DuckDbGradeStore(fixture.catalogue.newConnection())) {
      store.replaceClusters(fixture.clusters());
      grades.gradeOutlet("wire", AdmiraltyGrade.parse("A1"));
      grades.gradeOutlet("paper", AdmiraltyGrade.parse("C3"));
      grades.gradeDocument(AnalysisFixture.B, AdmiraltyGrade.parse("E5"));

      assertThat(store.reports()).hasSize(5).filteredOn(r -> r.cluster().equals(fixture.e1.id())).containsExactlyInAnyOrder(
          new ClusterReport(fixture.e1.id(), "wire", AdmiraltyGrade.parse("A1"), 0.9),
          new ClusterReport(fixture.e1.id(), "paper", AdmiraltyGrade.parse("E5"), 0.9));
      assertThat(store.unrated()).isTrue();
      store.replaceConfidences(Map.of(fixture.e1.id(), 0.9, fixture.e3.id(), 0.4, fixture.e4.id(), 0.4, fixture.e5.id(), 0.4));
      assertThat(store.unrated()).isFalse();

      assertThat(store.clustersOf(List.of(fixture.e2.id()))).singleElement().isEqualTo(new EventCluster(fixture.e1.id(), "IRN",
          "IMGMUSALQ", "17", fixture.e1.date(), fixture.e2.date(), 2, 2, 0.9,
          java.util.stream.Stream.of(fixture.e1.id(), fixture.e2.id()).sorted().toList()));
      store.replaceClusters(fixture.clusters());
      assertThat(store.unrated()).as("new clusters need new confidences").isTrue();
    } finally {
      fixture.catalogue.close();
    }
  }

  @Test
  void weighingByConfidenceCountsEachClusterAsItsConfidenceInNetCooperation() throws Exception {
    AnalysisFixture fixture = new AnalysisFixture(dir);
    try (DuckDbClusterStore store = new DuckDbClusterStore(fixture.catalogue.newConnection());
        DuckDbJudgementStore judgements = new DuckDbJudgementStore(fixture.catalogue.newConnection());
        DuckDbRelationStore relations = new DuckDbRelationStore(fixture.catalogue.newConnection())) {
      judgements.judge(new EventJudgement(fixture.e1.id(), Judgement.RECODE, "042", null, Instant.now()));
      store.replaceClusters(Map.of()); // 2001: e1 cooperation (042) and e2 conflict (173), two clusters
      store.replaceConfidences(Map.of(fixture.e1.id(), 0.9, fixture.e2.id(), 0.3));
      ActorMatch irn = ActorMatch.of("IRN");
      ActorMatch aq = ActorMatch.of("IMGMUSALQ");

      PeriodCounts plain = relations.series(new DyadQuery(irn, aq, Period.YEAR, null, null, false, false, null)).getFirst();
      PeriodCounts weighted = relations.series(new DyadQuery(irn, aq, Period.YEAR, null, null, false, false, null, true))
          .getFirst();

      assertThat(plain.netCoop()).isZero();
      assertThat(plain.weightedClusters()).isNull();
      assertThat(weighted.netCoop()).isCloseTo((0.9 - 0.3) / 1.2, within(1e-12));
      assertThat(weighted.weightedClusters()).isCloseTo(1.2, within(1e-12));
      assertThat(weighted.clusters()).isEqualTo(plain.clusters()).isEqualTo(2);
      assertThat(relations.evidence(new DyadQuery(irn, aq, Period.YEAR, null, null, false, false), 5))
          .extracting(EvidenceItem::confidence).as("2002's cluster is not rated").containsExactlyInAnyOrder(0.9, 0.3, null);
    } finally {
      fixture.catalogue.close();
    }
  }
}
