package org.dyad.nlp.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class HalfTest {

  @Test
  void oddIsDevelopmentEvenIsTheReport() {
    assertThat(IntStream.rangeClosed(1, 6).filter(Half.ODD::includes)).containsExactly(1, 3, 5);
    assertThat(IntStream.rangeClosed(1, 6).filter(Half.EVEN::includes)).containsExactly(2, 4, 6);
    assertThat(IntStream.rangeClosed(1, 6).filter(Half.ALL::includes)).containsExactly(1, 2, 3, 4, 5, 6);
  }

  @Test
  void positionsStartAtOne() {
    assertThatThrownBy(() -> Half.ALL.includes(0)).isInstanceOf(IllegalArgumentException.class);
  }
}
