package org.dyad.nlp.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PloverRecordTest {

  private static final LocalDate DAY = LocalDate.of(2000, 1, 1);
  private static final String TEXT = "Hungarian and Romanian officials agreed.";
  private static final GoldActor HUNGARIAN = new GoldActor("Hungarian", "HUN", 0, 9);
  private static final GoldActor ROMANIAN = new GoldActor("Romanian", "ROU", 14, 22);

  @Test
  void anActorListedAsSourceAndTargetIsOneGoldActor() {
    PloverRecord record = new PloverRecord(1, "R-1", DAY, TEXT, "AGREE",
        List.of(HUNGARIAN, ROMANIAN), List.of(ROMANIAN, HUNGARIAN));
    assertThat(record.goldActors()).containsExactly(HUNGARIAN, ROMANIAN);
  }

  @Test
  void theSameTextWithAnotherCodeStaysASecondGoldActor() {
    GoldActor alsoHungarian = new GoldActor("Hungarian", "ROU", 0, 9);
    PloverRecord record = new PloverRecord(1, "R-1", DAY, TEXT, "AGREE", List.of(HUNGARIAN), List.of(alsoHungarian));
    assertThat(record.goldActors()).containsExactly(HUNGARIAN, alsoHungarian);
  }

  @Test
  void copiesItsLists() {
    List<GoldActor> sources = new ArrayList<>(List.of(HUNGARIAN));
    PloverRecord record = new PloverRecord(1, "R-1", DAY, TEXT, "AGREE", sources, List.of());
    sources.clear();
    assertThat(record.sources()).containsExactly(HUNGARIAN);
  }

  @Test
  void validates() {
    assertThatThrownBy(() -> new PloverRecord(0, "R-1", DAY, TEXT, "", List.of(), List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new PloverRecord(1, " ", DAY, TEXT, "", List.of(), List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new PloverRecord(1, "R-1", null, TEXT, "", List.of(), List.of()))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new PloverRecord(1, "R-1", DAY, "Hungary", "", List.of(HUNGARIAN), List.of()))
        .hasMessageContaining("past the text");
  }
}
