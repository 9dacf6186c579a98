package org.dyad.sanctions.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.dyad.core.sanctions.NameQuery;
import org.dyad.core.sanctions.SanctionsCandidate;
import org.dyad.core.sanctions.SanctionsEntity;
import org.dyad.core.sanctions.ScoreFeature;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.generators.SourceDSL;

class ListMatcherTest {

  private static final ListMatcher MATCHER = new ListMatcher(ListFixture.entities());

  private static SanctionsCandidate best(String name) {
    return MATCHER.match(NameQuery.of(name), 5, 0.5).getFirst();
  }

  @Test
  void findsTheEntityUnderAnyOfItsNamesAndSpellings() {
    assertThat(best("Yasin al-Suri").entity()).isEqualTo(12841);
    assertThat(best("Yasin al-Suri").matchedName()).isEqualTo("AL-SURI, Yasin");
    assertThat(best("Ezedin Abdelaziz Khalil").entity()).isEqualTo(12841);
    assertThat(best("Hassan Nasrallah").entity()).isEqualTo(2686);
    assertThat(best("Ayman al-Zawahri").entity()).isEqualTo(2676);
    assertThat(best("Qassem Soleimani").entity()).isEqualTo(10481);
    assertThat(best("Hezbollah").entity()).isEqualTo(4697);
    assertThat(best("al-Qaeda").entity()).isEqualTo(6366);
  }

  @Test
  void knowsWhichEntityNumbersItLists() {
    assertThat(MATCHER.lists(4697)).isTrue();
    assertThat(MATCHER.lists(999)).isFalse();
  }

  @Test
  void eachEntityIsListedOnceUnderItsBestName() {
    List<SanctionsCandidate> candidates = MATCHER.match(NameQuery.of("Yaseen al-Suri"), 10, 0.1);
    assertThat(candidates).extracting(SanctionsCandidate::entity).doesNotHaveDuplicates();
    assertThat(candidates.getFirst().matchedName()).isEqualTo("AL-SURI, Yaseen");
    assertThat(candidates.getFirst().score()).isEqualTo(1.0);
  }

  @Test
  void qualifiersMoveTheScoreAndAreExplained() {
    double plain = best("Naim Qasim").score();
    SanctionsCandidate born = MATCHER.match(new NameQuery("Naim Qasim", 1970, null), 1, 0).getFirst();
    assertThat(born.score()).isLessThan(plain);
    assertThat(born.explanation()).extracting(ScoreFeature::feature).contains("birth year");
    SanctionsCandidate lebanese = MATCHER.match(new NameQuery("Naim Qasim", 1953, "LB"), 1, 0).getFirst();
    assertThat(lebanese.score()).isEqualTo(1.0);
  }

  @Test
  void blockingFindsWhatScoringEveryNameFinds() {
    for (String name : List.of("Yasin al-Suri", "Ezedin Khalil", "Naim Qassem", "Muhammad Ali", "Hasan")) {
      assertThat(MATCHER.match(NameQuery.of(name), 3, 0.5)).as(name)
          .isEqualTo(MATCHER.matchAll(NameQuery.of(name), 3, 0.5));
    }
  }

  @Test
  void limitsAndBoundsAreChecked() {
    assertThatThrownBy(() -> MATCHER.match(NameQuery.of("x"), 0, 0.5)).hasMessageContaining("limit");
    assertThatThrownBy(() -> MATCHER.match(NameQuery.of("x"), 1, 1.5)).hasMessageContaining("score");
    assertThat(MATCHER.match(NameQuery.of("---"), 5, 0)).isEmpty();
    assertThat(MATCHER.names()).as("8 primary names and 3 aliases").isEqualTo(11);
  }

  @Test
  void everyListedNameFindsItsEntityFirstWithAnyScoreInRange() {
    List<SanctionsEntity> entities = ListFixture.entities();
    for (SanctionsEntity entity : entities) {
      for (String name : entity.allNames()) {
        assertThat(best(name).entity()).as(name).isEqualTo(entity.number());
      }
    }
    QuickTheory.qt().forAll(SourceDSL.strings().allPossible().ofLengthBetween(1, 30)).assuming(s -> !s.isBlank())
        .checkAssert(name -> assertThat(MATCHER.match(NameQuery.of(name), 3, 0))
            .allSatisfy(c -> assertThat(c.score()).isBetween(0.0, 1.0)));
  }
}
