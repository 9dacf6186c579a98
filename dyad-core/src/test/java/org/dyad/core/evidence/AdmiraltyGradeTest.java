package org.dyad.core.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import org.junit.jupiter.api.Test;

class AdmiraltyGradeTest {

  @Test
  void readsAndWritesTheTwoCharacterForm() {
    AdmiraltyGrade grade = AdmiraltyGrade.parse(" b2 ");
    assertThat(grade.reliability()).isEqualTo(AdmiraltyGrade.Reliability.B);
    assertThat(grade.credibility()).isEqualTo(AdmiraltyGrade.Credibility.PROBABLY_TRUE);
    assertThat(grade).hasToString("B2");
  }

  @Test
  void refusesAnythingElseNamingTheText() {
    for (String bad : new String[] {"G1", "A7", "A", "2B", "", "AA1"}) {
      assertThatThrownBy(() -> AdmiraltyGrade.parse(bad)).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("'" + bad + "'");
    }
    assertThatThrownBy(() -> AdmiraltyGrade.parse(null)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void weightRunsFromOneForA1DownToAFifthForE5() {
    assertThat(AdmiraltyGrade.parse("A1").weight()).isEqualTo(1.0);
    assertThat(AdmiraltyGrade.parse("E5").weight()).isEqualTo(0.2, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(AdmiraltyGrade.parse("F6").weight()).isEqualTo(AdmiraltyGrade.UNGRADED_WEIGHT);
    assertThat(AdmiraltyGrade.parse("B2").weight()).isGreaterThan(AdmiraltyGrade.parse("C3").weight());
  }

  @Test
  void aGradeMeetsAMinimumOnlyWhenAtLeastAsGoodOnBothCounts() {
    assertThat(AdmiraltyGrade.parse("B2").meets(AdmiraltyGrade.parse("B3"))).isTrue();
    assertThat(AdmiraltyGrade.parse("A1").meets(AdmiraltyGrade.parse("B3"))).isTrue();
    assertThat(AdmiraltyGrade.parse("C2").meets(AdmiraltyGrade.parse("B3"))).isFalse();
    assertThat(AdmiraltyGrade.parse("B4").meets(AdmiraltyGrade.parse("B3"))).isFalse();
  }

  @Test
  void everyGradeRoundTripsAndWeighsBetweenAFifthAndOne() {
    qt().forAll(integers().between(0, 5), integers().between(1, 6)).checkAssert((letter, digit) -> {
      String text = (char) ('A' + letter) + Integer.toString(digit);
      AdmiraltyGrade grade = AdmiraltyGrade.parse(text);
      assertThat(grade.toString()).isEqualTo(text);
      assertThat(grade.weight()).isBetween(0.2 - 1e-12, 1.0);
      assertThat(grade.meets(grade)).isTrue();
    });
  }
}
