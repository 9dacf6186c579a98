package org.dyad.nlp.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class GoldActorTest {

  @Test
  void locatesTheFirstExactOccurrence() {
    assertThat(GoldActor.locatedIn("Iran and Iraq met; Iran spoke.", "Iran", "IRN"))
        .isEqualTo(new GoldActor("Iran", "IRN", 0, 4));
  }

  @Test
  void prefersAWholeWordToAnEarlierOccurrenceInsideAWord() {
    // "Iranian" at 0 contains "Iran"; the word "Iran" is at 20.
    assertThat(GoldActor.locatedIn("Iranian guards said Iran would.", "Iran", "IRN"))
        .isEqualTo(new GoldActor("Iran", "IRN", 20, 24));
    assertThat(GoldActor.locatedIn("Thousands of Iraqi Kurds fled.", "Iraq", "IRQ"))
        .isEqualTo(new GoldActor("Iraq", "IRQ", 13, 17));
  }

  @Test
  void fallsBackToCaseInsensitiveThenToUnlocated() {
    assertThat(GoldActor.locatedIn("the PALESTINIAN police", "Palestinian police", "PSE"))
        .isEqualTo(new GoldActor("Palestinian police", "PSE", 4, 22));
    assertThat(GoldActor.locatedIn("U.S. and Russian negotiators", "American envoys", "USA"))
        .isEqualTo(new GoldActor("American envoys", "USA", -1, -1));
  }

  @Test
  void toleratesEllipsesHyphensAndDoubledBlanksInTheActorText() {
    assertThat(GoldActor.locatedIn("U.S. and Russian negotiators met", "U.S. ... negotiators", "USA"))
        .isEqualTo(new GoldActor("U.S. ... negotiators", "USA", 0, 28));
    assertThat(GoldActor.locatedIn("the Greek Cypriot side", "Greek-Cypriot", "GRC"))
        .isEqualTo(new GoldActor("Greek-Cypriot", "GRC", 4, 17));
    assertThat(GoldActor.locatedIn("NATO peacekeeping troops", "NATO  peacekeeping", "IGO"))
        .isEqualTo(new GoldActor("NATO  peacekeeping", "IGO", 0, 17));
  }

  @Test
  void takesTheNormalisedRootOfTheCode() {
    assertThat(GoldActor.locatedIn("Japanese officials", "Japanese", "japgov").code()).isEqualTo("JPN");
  }

  @Test
  void overlapsSharesACharacter() {
    GoldActor actor = new GoldActor("Iran", "IRN", 5, 9);
    assertThat(actor.overlaps(0, 5)).isFalse();
    assertThat(actor.overlaps(0, 6)).isTrue();
    assertThat(actor.overlaps(8, 20)).isTrue();
    assertThat(actor.overlaps(9, 20)).isFalse();
    assertThat(new GoldActor("Iran", "IRN", -1, -1).overlaps(0, 100)).isFalse();
  }

  @Test
  void ordersBySpan() {
    assertThat(new GoldActor("b", "IRN", 0, 4)).isLessThan(new GoldActor("a", "IRN", 1, 2));
  }

  @Test
  void validates() {
    assertThatThrownBy(() -> new GoldActor(" ", "IRN", 0, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new GoldActor("Japan", "JAP", 0, 5)).hasMessageContaining("ISO spelling");
    assertThatThrownBy(() -> new GoldActor("Iran", "IRNGOV", 0, 4)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new GoldActor("Iran", "IRN", 4, 4)).hasMessageContaining("invalid span");
    assertThatThrownBy(() -> new GoldActor("Iran", "IRN", -1, 4)).hasMessageContaining("invalid span");
  }
}
