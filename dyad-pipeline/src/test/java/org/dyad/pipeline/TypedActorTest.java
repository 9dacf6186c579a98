package org.dyad.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TypedActorTest {

  @Test
  void takesACodeAsItIs() throws Exception {
    assertThat(TypedActor.resolve(" IMGMUSALQ ").code()).isEqualTo("IMGMUSALQ");
  }

  @Test
  void resolvesANameTheDictionariesKnow() throws Exception {
    assertThat(TypedActor.resolve("Iran").code()).isEqualTo("IRN");
  }

  @Test
  void refusesUnknownAndBlankNamesWithOneLine() {
    assertThatThrownBy(() -> TypedActor.resolve("Zzyzxland"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'Zzyzxland' is no actor code");
    assertThatThrownBy(() -> TypedActor.resolve("  "))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("an actor is needed");
  }
}
