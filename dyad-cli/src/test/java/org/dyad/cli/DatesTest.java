package org.dyad.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DatesTest {

  @Test
  void readsIsoDatesAndNamesTheOptionOtherwise() {
    assertThat(Dates.parse("--from", " 2011-07-28 ")).isEqualTo(LocalDate.of(2011, 7, 28));
    assertThat(Dates.parse("--from", null)).isNull();
    assertThatThrownBy(() -> Dates.parse("--to", "28/07/2011")).hasMessage("--to must be a date yyyy-mm-dd, got '28/07/2011'");
  }
}
