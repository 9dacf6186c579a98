package org.dyad.nlp.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.dyad.core.nlp.Mention;
import org.junit.jupiter.api.Test;

class ResolutionErrorTest {

  private static final GoldActor ROMANIAN = new GoldActor("Romanian", "ROU", 0, 8);
  private static final Mention MENTION = new Mention("R-1", 0, 0, 8, "Romanian", "HUN", "Hungary", null, "phrase");

  @Test
  void goldClassesNeedAGoldActorAndSpuriousOneMentionWithout() {
    assertThat(new ResolutionError(ErrorClass.MISSED, 1, "R-1", ROMANIAN, List.of()).gold()).isEqualTo(ROMANIAN);
    assertThat(new ResolutionError(ErrorClass.SPURIOUS_OUTSIDE_GOLD, 1, "R-1", null, List.of(MENTION)).mentions())
        .containsExactly(MENTION);
    assertThatThrownBy(() -> new ResolutionError(ErrorClass.MISSED, 1, "R-1", null, List.of()))
        .hasMessage("MISSED example needs a gold actor");
    assertThatThrownBy(() -> new ResolutionError(ErrorClass.SPURIOUS_OUTSIDE_GOLD, 1, "R-1", ROMANIAN, List.of(MENTION)))
        .hasMessage("SPURIOUS_OUTSIDE_GOLD example takes no gold actor");
  }

  @Test
  void aWrongRootNeedsTheMentionsThatOverlap() {
    assertThatThrownBy(() -> new ResolutionError(ErrorClass.WRONG_ROOT, 1, "R-1", ROMANIAN, List.of()))
        .hasMessage("WRONG_ROOT example with 0 mentions");
    assertThatThrownBy(() -> new ResolutionError(ErrorClass.MISSED, 0, "R-1", ROMANIAN, List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
