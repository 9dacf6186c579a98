package org.dyad.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.dyad.core.analysis.ActorMatch;
import org.dyad.core.analysis.DyadQuery;
import org.dyad.core.analysis.Period;
import org.dyad.core.analysis.TimelineQuery;
import org.dyad.core.evidence.AdmiraltyGrade;
import org.junit.jupiter.api.Test;

class DyadFilterTest {

  @Test
  void prefixForStatesEqualityForLongerCodesBothDirectionsAndDates() {
    DyadQuery query = new DyadQuery(ActorMatch.of("IRN"), ActorMatch.of("IMGMUSALQ"), Period.YEAR, LocalDate.of(2001, 1, 1),
        null, false, false);
    assertThat(DyadFilter.of(query).sql()).isEqualTo("true AND ((starts_with(source_code, 'IRN') AND target_code = 'IMGMUSALQ')"
        + " OR (source_code = 'IMGMUSALQ' AND starts_with(target_code, 'IRN'))) AND cluster_date >= DATE '2001-01-01'");
  }

  @Test
  void aDirectedDyadHasOneSide() {
    DyadQuery query = new DyadQuery(ActorMatch.of("USA"), ActorMatch.of("PAK"), Period.YEAR, null, LocalDate.of(2012, 12, 31),
        true, false);
    assertThat(DyadFilter.of(query).sql()).isEqualTo(
        "true AND ((starts_with(source_code, 'USA') AND starts_with(target_code, 'PAK'))) AND cluster_date <= DATE '2012-12-31'");
  }

  @Test
  void aTimelineOfOneActorTakesEitherSide() {
    assertThat(DyadFilter.of(new TimelineQuery(ActorMatch.of("LBNREB"), null, null, null, 5)).sql())
        .isEqualTo("true AND (source_code = 'LBNREB' OR target_code = 'LBNREB')");
  }

  @Test
  void aMinimumGradeKeepsOnlyReportsFromDocumentsGradedAtLeastThatOnBothCounts() {
    DyadQuery query = new DyadQuery(ActorMatch.of("USA"), ActorMatch.of("PAK"), Period.YEAR, null, null, true, false,
        AdmiraltyGrade.parse("B3"));
    assertThat(DyadFilter.of(query).sql()).endsWith(" AND doc IN (SELECT d.id FROM documents d LEFT JOIN outlet_grades g"
        + " ON g.outlet = d.outlet WHERE coalesce(d.grade, g.grade) IS NOT NULL AND substr(coalesce(d.grade, g.grade), 1, 1)"
        + " <= 'B' AND substr(coalesce(d.grade, g.grade), 2, 1) <= '3')");
  }
}
