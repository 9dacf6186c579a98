package org.dyad.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ActorMatchTest {

  @Test
  void threeLettersMatchTheStateAndItsParts() {
    ActorMatch iran = ActorMatch.of("irn");
    assertThat(iran.matches("IRN")).isTrue();
    assertThat(iran.matches("IRNGOV")).isTrue();
    assertThat(iran.matches("IRQ")).isFalse();
  }

  @Test
  void longerCodesMatchOnlyThemselves() {
    assertThat(ActorMatch.of("IRNGOV").matches("IRNGOV")).isTrue();
    assertThat(ActorMatch.of("IRNGOV").matches("IRN")).isFalse();
    assertThat(ActorMatch.of("IMGMUSALQ").matches("IMGMUSALQX")).isFalse();
  }

  @Test
  void rejectsWhatIsNoCode() {
    assertThatThrownBy(() -> ActorMatch.of("Ir")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ActorMatch.of("IRN'; DROP")).isInstanceOf(IllegalArgumentException.class);
  }
}
