package org.dyad.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PeriodTest {

  private static final LocalDate DAY = LocalDate.of(2011, 8, 17);

  @Test
  void startsLabelsAndNextPeriods() {
    assertThat(Period.MONTH.start(DAY)).isEqualTo(LocalDate.of(2011, 8, 1));
    assertThat(Period.QUARTER.start(DAY)).isEqualTo(LocalDate.of(2011, 7, 1));
    assertThat(Period.YEAR.start(DAY)).isEqualTo(LocalDate.of(2011, 1, 1));
    assertThat(Period.MONTH.label(Period.MONTH.start(DAY))).isEqualTo("2011-08");
    assertThat(Period.QUARTER.label(Period.QUARTER.start(DAY))).isEqualTo("2011-Q3");
    assertThat(Period.YEAR.label(Period.YEAR.start(DAY))).isEqualTo("2011");
    assertThat(Period.QUARTER.next(LocalDate.of(2011, 10, 1))).isEqualTo(LocalDate.of(2012, 1, 1));
  }

  @Test
  void consecutivePeriodsAreOneApartOnTheAxis() {
    for (Period period : Period.values()) {
      LocalDate start = period.start(DAY);
      assertThat(period.index(period.next(start)) - period.index(start)).as(period.word()).isEqualTo(1);
    }
  }

  @Test
  void labelsReadBackToTheirStart() {
    qt().forAll(integers().between(1900, 2100), integers().between(1, 12)).checkAssert((year, month) -> {
      for (Period period : Period.values()) {
        LocalDate start = period.start(LocalDate.of(year, month, 15));
        assertThat(period.startOf(period.label(start))).isEqualTo(start);
      }
    });
  }

  @Test
  void parsesTheWordsAndRejectsOthers() {
    assertThat(Period.parse(" Quarter")).isEqualTo(Period.QUARTER);
    assertThatThrownBy(() -> Period.parse("week")).hasMessageContaining("month, quarter or year");
    assertThatThrownBy(() -> Period.YEAR.startOf("20x1")).isInstanceOf(IllegalArgumentException.class);
  }
}
