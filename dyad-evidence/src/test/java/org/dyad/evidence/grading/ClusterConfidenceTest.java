package org.dyad.evidence.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.List;
import org.dyad.core.evidence.AdmiraltyGrade;
import org.dyad.evidence.grading.ClusterConfidence.Report;
import org.junit.jupiter.api.Test;

class ClusterConfidenceTest {

  private static final AdmiraltyGrade A1 = AdmiraltyGrade.parse("A1");
  private static final AdmiraltyGrade E5 = AdmiraltyGrade.parse("E5");

  @Test
  void oneReportIsItsGradeWeightTimesTheCodersConfidence() {
    assertThat(ClusterConfidence.of(List.of(new Report("wire", A1, 0.8)))).isCloseTo(0.8, within(1e-12));
    assertThat(ClusterConfidence.of(List.of(new Report("wire", null, 0.8)))).isCloseTo(0.4, within(1e-12));
    assertThat(ClusterConfidence.of(List.of())).isZero();
  }

  @Test
  void independentOutletsCombineByNoisyOrButAnOutletRepeatingItselfAddsNothing() {
    Report wire = new Report("wire", A1, 0.5);
    Report herald = new Report("herald", A1, 0.5);

    assertThat(ClusterConfidence.of(List.of(wire, herald))).isCloseTo(0.75, within(1e-12));
    assertThat(ClusterConfidence.of(List.of(wire, new Report("wire", A1, 0.5)))).isCloseTo(0.5, within(1e-12));
    assertThat(ClusterConfidence.of(List.of(wire, new Report("wire", E5, 0.9)))).isCloseTo(0.5, within(1e-12));
  }

  @Test
  void aBetterGradeNeverLowersConfidenceAndMoreOutletsNeverDo() {
    qt().forAll(integers().between(1, 6), doubles().between(0, 1), doubles().between(0, 1)).checkAssert((n, c, extra) -> {
      List<Report> reports = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        reports.add(new Report("outlet" + i, E5, c));
      }
      double before = ClusterConfidence.of(reports);
      List<Report> more = new ArrayList<>(reports);
      more.add(new Report("another", null, extra));
      List<Report> better = new ArrayList<>(reports);
      better.set(0, new Report("outlet0", A1, c));
      assertThat(before).isBetween(0.0, 1.0);
      assertThat(ClusterConfidence.of(more)).isGreaterThanOrEqualTo(before - 1e-12);
      assertThat(ClusterConfidence.of(better)).isGreaterThanOrEqualTo(before - 1e-12);
    });
  }
}
