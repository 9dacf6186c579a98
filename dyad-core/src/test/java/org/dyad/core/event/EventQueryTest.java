package org.dyad.core.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EventQueryTest {

  @Test
  void nullFiltersMatchEverything() {
    assertThat(EventQuery.all(5)).isEqualTo(new EventQuery(null, null, null, null, null, 5));
  }

  @Test
  void rejectsWhatCouldNeverMatch() {
    assertThatThrownBy(() -> EventQuery.all(0)).hasMessageContaining("limit must be at least 1");
    assertThatThrownBy(() -> new EventQuery(" ", null, null, null, null, 1)).hasMessageContaining("source filter is blank");
    assertThatThrownBy(() -> new EventQuery(null, null, LocalDate.of(2002, 1, 1), LocalDate.of(2001, 1, 1), null, 1))
        .hasMessageContaining("is after");
    LocalDate day = LocalDate.of(2001, 1, 1);
    assertThat(new EventQuery("IRN", "IRN", day, day, "04", 1).root()).as("one day is a valid range").isEqualTo("04");
  }
}
