package org.dyad.sanctions.match;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PreparedNameTest {

  @Test
  void unitsAreThePartsThenEachAdjacentPairJoined() {
    PreparedName name = new PreparedName(NameParts.of("Nasr Allah Hasan"), part -> part.length());
    assertThat(name.text).containsExactly("nasr", "allah", "hasan", "nasrallah", "allahhasan");
    assertThat(name.joined(2)).isFalse();
    assertThat(name.joined(3)).isTrue();
    assertThat(name.weight(3)).isEqualTo(9.0);
    assertThat(name.totalWeight).isEqualTo(14.0);
    assertThat(name.ids).isNull();
  }

  @Test
  void anInitialWeighsAtMostOne() {
    PreparedName name = new PreparedName(NameParts.of("A Khalil"), part -> 5.0);
    assertThat(name.weights).containsExactly(1.0, 5.0);
  }
}
