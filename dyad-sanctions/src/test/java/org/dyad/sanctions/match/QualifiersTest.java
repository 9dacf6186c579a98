package org.dyad.sanctions.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dyad.core.sanctions.NameQuery;
import org.dyad.core.sanctions.SanctionsEntity;
import org.junit.jupiter.api.Test;

class QualifiersTest {

  private static final SanctionsEntity NASRALLAH = ListFixture.person(2686, "NASRALLAH, Hasan", List.of(),
      List.of("31 Aug 1960", "alt. 1953"), List.of("Lebanon"));
  private static final SanctionsEntity UNDATED = ListFixture.person(1, "X, Y", List.of(), List.of(), List.of());

  private static double adjustment(Integer year, String country, SanctionsEntity entity) {
    return Qualifiers.adjustment(new NameQuery("Hasan Nasrallah", year, country), entity);
  }

  @Test
  void aListedYearAddsANearOneIsNeutralAndAFarOneSubtracts() {
    assertThat(adjustment(1960, null, NASRALLAH)).isEqualTo(Qualifiers.YEAR_AGREES);
    assertThat(adjustment(1955, null, NASRALLAH)).isZero();
    assertThat(adjustment(1980, null, NASRALLAH)).isEqualTo(Qualifiers.YEAR_DIFFERS);
    assertThat(adjustment(1980, null, UNDATED)).isZero();
  }

  @Test
  void countriesAreComparedByEnglishName() {
    assertThat(adjustment(null, "LB", NASRALLAH)).isEqualTo(Qualifiers.COUNTRY_AGREES);
    assertThat(adjustment(null, "IR", NASRALLAH)).isEqualTo(Qualifiers.COUNTRY_DIFFERS);
    assertThat(adjustment(null, "IR", UNDATED)).isZero();
    assertThat(Qualifiers.explain(new NameQuery("x", null, "IR"), NASRALLAH).getFirst().detail()).contains("Iran");
  }
}
