package org.dyad.evidence.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.dyad.core.analysis.ClusterCandidate;
import org.dyad.core.analysis.ClusterReport;
import org.dyad.core.analysis.EventCluster;
import org.dyad.core.evidence.AdmiraltyGrade;
import org.dyad.core.store.ClusterStore;
import org.junit.jupiter.api.Test;

class ConfidenceStageTest {

  /** A store that holds reports and keeps the confidences it is given. */
  private static final class ReportStore implements ClusterStore {
    final List<ClusterReport> reports;
    Map<String, Double> stored;

    ReportStore(List<ClusterReport> reports) {
      this.reports = reports;
    }

    @Override
    public List<ClusterCandidate> candidates() {
      return List.of();
    }

    @Override
    public void replaceClusters(Map<String, String> clusterOfEvent) {
      throw new UnsupportedOperationException("rating never reclusters");
    }

    @Override
    public boolean unclustered() {
      return false;
    }

    @Override
    public List<ClusterReport> reports() {
      return reports;
    }

    @Override
    public void replaceConfidences(Map<String, Double> confidenceOfCluster) {
      stored = Map.copyOf(confidenceOfCluster);
    }

    @Override
    public boolean unrated() {
      return stored == null;
    }
    @Override
    public List<EventCluster> clustersOf(Collection<String> eventIds) {
      return List.of();
    }
  }

  @Test
  void eachClusterIsRatedFromItsOwnReportsOnly() throws Exception {
    AdmiraltyGrade a1 = AdmiraltyGrade.parse("A1");
    AdmiraltyGrade e5 = AdmiraltyGrade.parse("E5");
    ReportStore store = new ReportStore(List.of(
        new ClusterReport("c1", "archive", a1, 0.9),
        new ClusterReport("c1", "tabloid", e5, 0.9),
        new ClusterReport("c2", "tabloid", e5, 0.9),
        new ClusterReport("c2", "tabloid", e5, 0.9),
        new ClusterReport("c3", "wire", null, 1.0)));

    assertThat(ConfidenceStage.run(store)).isEqualTo(3);

    // c1: 1 − (1 − 0.9)(1 − 0.2·0.9); c2: one outlet twice counts once; c3: ungraded weighs 0.5.
    assertThat(store.stored.get("c1")).isCloseTo(1 - 0.1 * 0.82, within(1e-12));
    assertThat(store.stored.get("c2")).isCloseTo(0.18, within(1e-12));
    assertThat(store.stored.get("c3")).isCloseTo(0.5, within(1e-12));
    assertThat(store.unrated()).isFalse();
  }
}
