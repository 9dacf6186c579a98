package org.dyad.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.dyad.core.analysis.ActorMatch;
import org.dyad.core.analysis.ClusterCandidate;
import org.dyad.core.analysis.DyadQuery;
import org.dyad.core.analysis.EventJudgement;
import org.dyad.core.analysis.Judgement;
import org.dyad.core.analysis.Period;
import org.dyad.core.analysis.PeriodCounts;
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
}
