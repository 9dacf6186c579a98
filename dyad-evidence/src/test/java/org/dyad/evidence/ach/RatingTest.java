package org.dyad.evidence.ach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RatingTest {

  @ParameterizedTest
  @CsvSource({"CC, CC", "c, C", "' n ', N", "i, I", "Ii, II", "na, NA"})
  void parsesEachRatingInAnyCase(String text, Rating expected) {
    assertThat(Rating.parse(text)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "X", "III", "C C", "consistent"})
  void refusesAnythingElseInOneLine(String text) {
    assertThatThrownBy(() -> Rating.parse(text)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a rating is one of CC, C, N, I, II or NA, got '" + text + "'");
  }

  @ParameterizedTest
  @CsvSource({"CC, 0", "C, 0", "N, 0", "NA, 0", "I, 1", "II, 2"})
  void onlyInconsistentRatingsAddInconsistency(Rating rating, int inconsistency) {
    assertThat(rating.inconsistency()).isEqualTo(inconsistency);
  }
}
