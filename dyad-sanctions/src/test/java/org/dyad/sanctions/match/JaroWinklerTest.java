package org.dyad.sanctions.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.generators.SourceDSL;

class JaroWinklerTest {

  @Test
  void theTextbookPairs() {
    // Winkler (1990): MARTHA/MARHTA 0.961, DWAYNE/DUANE 0.840, DIXON/DICKSONX 0.813.
    assertThat(JaroWinkler.similarity("martha", "marhta")).isCloseTo(0.961, within(0.001));
    assertThat(JaroWinkler.similarity("dwayne", "duane")).isCloseTo(0.840, within(0.001));
    assertThat(JaroWinkler.similarity("dixon", "dicksonx")).isCloseTo(0.813, within(0.001));
  }

  @Test
  void equalWordsScoreOneAndDisjointOnesZero() {
    assertThat(JaroWinkler.similarity("khalil", "khalil")).isEqualTo(1.0);
    assertThat(JaroWinkler.similarity("abc", "xyz")).isZero();
    assertThat(JaroWinkler.similarity("", "abc")).isZero();
  }

  @Test
  void isSymmetricAndWithinZeroAndOne() {
    QuickTheory.qt().forAll(SourceDSL.strings().basicLatinAlphabet().ofLengthBetween(0, 12),
        SourceDSL.strings().basicLatinAlphabet().ofLengthBetween(0, 12)).checkAssert((a, b) -> {
          double ab = JaroWinkler.similarity(a, b);
          assertThat(ab).isBetween(0.0, 1.0).isCloseTo(JaroWinkler.similarity(b, a), within(1e-9));
        });
  }
}
