package org.dyad.analysis.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.dyad.core.analysis.ClusterCandidate;
import org.dyad.core.analysis.ClusterReport;
import org.dyad.core.analysis.EventCluster;
import org.dyad.core.store.ClusterStore;
import org.junit.jupiter.api.Test;

class ClusteringStageTest {

  /** A store holding candidates in memory and keeping what is replaced. */
  static final class MemoryClusterStore implements ClusterStore {
    final List<ClusterCandidate> candidates;
    Map<String, String> stored;

    MemoryClusterStore(List<ClusterCandidate> candidates) {
      this.candidates = candidates;
    }

    @Override
    public List<ClusterCandidate> candidates() {
      return candidates;
    }

    @Override
    public void replaceClusters(Map<String, String> clusterOfEvent) {
      stored = Map.copyOf(clusterOfEvent);
    }

    @Override
    public boolean unclustered() {
      return stored == null;
    }

    @Override
    public List<ClusterReport> reports() {
      return List.of();
    }

    @Override
    public void replaceConfidences(Map<String, Double> confidenceOfCluster) {
      throw new UnsupportedOperationException("clustering never rates");
    }

    @Override
    public boolean unrated() {
      return false;
    }
    @Override
    public List<EventCluster> clustersOf(Collection<String> eventIds) {
      return List.of();
    }
  }

  @Test
  void clustersTheCandidatesAndReportsTheCounts() throws Exception {
    LocalDate day = LocalDate.of(2005, 1, 10);
    MemoryClusterStore store = new MemoryClusterStore(List.of(
        new ClusterCandidate("a", "d1", "wire", day, "IRN", "SAU", "0841", "", ""),
        new ClusterCandidate("b", "d2", "paper", day.plusDays(1), "IRNGOV", "SAU", "0841", "", ""),
        new ClusterCandidate("c", "d3", "paper", day, "USA", "IRN", "163", "", "")));

    ClusteringStage.Report report = ClusteringStage.run(store, EventClusterer.defaults());

    assertThat(store.stored).containsEntry("a", "a").containsEntry("b", "a").containsEntry("c", "c");
    assertThat(report).isEqualTo(new ClusteringStage.Report(3, 2, 1));
    ClusteringStage.run(store, EventClusterer.defaults());
    assertThat(store.stored).as("idempotent").containsEntry("b", "a").hasSize(3);
  }
}
