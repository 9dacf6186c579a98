package org.dyad.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

class NetworkQueryTest {

  @Test
  void readsAListOfQuadClasses() {
    assertThat(NetworkQuery.quadsOf("quad", " 4, 3")).containsExactly(3, 4);
    assertThat(NetworkQuery.quadsOf("quad", null)).isEmpty();
    assertThat(NetworkQuery.quadsOf("quad", "")).isEmpty();
  }

  @Test
  void refusesAnythingButTheDigitsOneToFour() {
    assertThatThrownBy(() -> NetworkQuery.quadsOf("quad", "1,5"))
        .hasMessage("quad must list QuadClasses 1 to 4 separated by commas (such as 3,4), got '1,5'");
    assertThatThrownBy(() -> NetworkQuery.quadsOf("--quad", "1,,2")).hasMessageStartingWith("--quad must list");
    assertThatThrownBy(() -> new NetworkQuery(null, null, 1, false, Set.of(0))).hasMessage("a QuadClass is 1, 2, 3 or 4, got 0");
  }

  @Test
  void allFourClassesAreTheSameAsNone() {
    NetworkQuery every = new NetworkQuery(null, null, 1, false, Set.of(1, 2, 3, 4));
    assertThat(every.allQuads()).isTrue();
    assertThat(every).isEqualTo(new NetworkQuery(null, null, 1, false));
    NetworkQuery conflict = new NetworkQuery(null, null, 1, false, Set.of(4, 3));
    assertThat(conflict.allQuads()).isFalse();
    assertThat(conflict.quads()).containsExactly(3, 4);
  }
}
