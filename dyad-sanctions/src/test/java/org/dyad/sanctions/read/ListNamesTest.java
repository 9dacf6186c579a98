package org.dyad.sanctions.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ListNamesTest {

  @Test
  void lastFirstAsOfacWritesIt() {
    assertThat(ListNames.lastFirst(" KHALIL ", "Ezedin")).isEqualTo("KHALIL, Ezedin");
    assertThat(ListNames.lastFirst("HAMAS", "")).isEqualTo("HAMAS");
    assertThat(ListNames.lastFirst(null, "Ezedin")).isEqualTo("Ezedin");
  }

  @Test
  void joinedSkipsEmptyParts() {
    assertThat(ListNames.joined("Homs", null, " ", "Syria ")).isEqualTo("Homs Syria");
    assertThat(ListNames.joined()).isEmpty();
  }
}
