package org.dyad.nlp.dictionary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PetrarchDateTest {

  @Test
  void readsEightDigitsAndSixWithThePivotAtThirty() {
    assertThat(PetrarchDate.parse("19950101")).isEqualTo(LocalDate.of(1995, 1, 1));
    assertThat(PetrarchDate.parse("121108")).isEqualTo(LocalDate.of(2012, 11, 8));
    assertThat(PetrarchDate.parse("300101")).isEqualTo(LocalDate.of(2030, 1, 1));
    assertThat(PetrarchDate.parse("310101")).isEqualTo(LocalDate.of(1931, 1, 1));
  }

  @Test
  void rejectsOtherLengthsNonDigitsAndImpossibleDays() {
    assertThatThrownBy(() -> PetrarchDate.parse("1995011")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("date '1995011' has 7 digits; expected yymmdd or yyyymmdd");
    assertThatThrownBy(() -> PetrarchDate.parse("1995-1-1")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("characters other than digits");
    assertThatThrownBy(() -> PetrarchDate.parse("\u0661\u0669\u0669\u0665\u0660\u0661\u0660\u0661"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PetrarchDate.parse("19950230")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("date '19950230' is not a calendar day");
  }
}
