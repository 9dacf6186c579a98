package org.dyad.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DyadQueryTest {

  @Test
  void bothDirectionsUnlessDirected() {
    DyadQuery both = DyadQuery.yearly("IRN", "IMGMUSALQ");
    assertThat(both.includes("IRNGOV", "IMGMUSALQ")).isTrue();
    assertThat(both.includes("IMGMUSALQ", "IRNMIL")).isTrue();
    assertThat(both.includes("IRN", "SYR")).isFalse();
    DyadQuery directed = new DyadQuery(both.a(), both.b(), Period.YEAR, null, null, true, false);
    assertThat(directed.includes("IMGMUSALQ", "IRN")).isFalse();
  }

  @Test
  void rejectsOneActorTwiceAndBackwardDates() {
    assertThatThrownBy(() -> DyadQuery.yearly("IRN", "irn")).hasMessageContaining("two different actors");
    assertThatThrownBy(() -> new DyadQuery(ActorMatch.of("IRN"), ActorMatch.of("SYR"), Period.YEAR, LocalDate.of(2002, 1, 1),
        LocalDate.of(2001, 1, 1), false, false)).hasMessageContaining("is after");
  }
}
