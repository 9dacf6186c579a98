package org.dyad.sanctions.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dyad.sanctions.match.ListFixture;
import org.junit.jupiter.api.Test;

class ListedNamesTest {

  @Test
  void aNameSharedByTwoEntitiesIsNoQuerySource() {
    ListedNames names = new ListedNames(List.of(
        ListFixture.person(1, "ALI, Muhammad", List.of(), List.of(), List.of()),
        ListFixture.person(2, "MUHAMMAD, Ali", List.of("QASIM, Ali"), List.of(), List.of())));
    assertThat(names.sources()).extracting(ListedNames.Source::name).containsExactly("QASIM, Ali");
  }

  @Test
  void aNameIsCoveredWhenOneListedNameHoldsAllItsParts() {
    ListedNames names = new ListedNames(ListFixture.entities());
    assertThat(names.covers("Ezedin Khalil")).isTrue();
    assertThat(names.covers("Ezeddin Khaleel")).as("by phonetic key").isTrue();
    assertThat(names.covers("Yasin Khalil")).as("parts of two different names").isFalse();
    assertThat(names.covers("Hasan Soleimani")).isFalse();
  }
}
