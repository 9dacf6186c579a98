package org.dyad.sanctions.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.dyad.core.sanctions.ScoreFeature;
import org.junit.jupiter.api.Test;

class NameComparisonTest {

  /** Every part weighs 1, so scores can be worked out by hand. */
  private static PreparedName name(String written) {
    return new PreparedName(NameParts.of(written), part -> 1.0);
  }

  private static double score(String query, String listed) {
    return NameComparison.explain(name(query), name(listed)).score();
  }

  @Test
  void wordOrderDoesNotMatter() {
    assertThat(score("Ezedin Khalil", "KHALIL, Ezedin")).isEqualTo(1.0);
  }

  @Test
  void aListedPartTheQueryLeavesOutCostsItsShareOfTheListedSide() {
    // query: 2 of 2 parts (0.7 x 1); listed: 2 of 3 parts (0.3 x 2/3) = 0.9
    assertThat(score("Ezedin Khalil", "KHALIL, Ezedin Aziz")).isCloseTo(0.9, within(1e-9));
    // query: 1 of 2 parts (0.7 x 1/2); listed: 1 of 1 (0.3) = 0.65
    assertThat(score("Ezedin Khalil", "KHALIL")).isCloseTo(0.65, within(1e-9));
  }

  @Test
  void aFuzzyPairCountsItsSimilaritySquared() {
    double jw = JaroWinkler.similarity("qassem", "qasem");
    assertThat(score("Qassem Soleimani", "SOLEIMANI, Qasem")).isCloseTo(0.5 + 0.5 * jw * jw, within(1e-9));
  }

  @Test
  void joinedAndSplitFormsPair() {
    assertThat(score("Nasr Allah", "NASRALLAH")).isGreaterThan(0.9);
    NameComparison.Result joined = NameComparison.explain(name("Nasr Allah"), name("NASRALLAH"));
    assertThat(joined.features()).extracting(ScoreFeature::detail).anyMatch(d -> d.contains("joined"));
  }

  @Test
  void anInitialPairsWithItsName() {
    assertThat(score("A. Khalil", "KHALIL, Ahmad")).isCloseTo(0.7 * (0.5 + 0.5 * 0.85 * 0.85) + 0.3 * (0.5 + 0.5 * 0.85 * 0.85),
        within(1e-9));
  }

  @Test
  void aOnePartNameIsCappedAgainstALongerListedName() {
    // khalil weighs 3, ezedin 1: uncapped 0.7 + 0.3 x 3/4 = 0.925
    PreparedName listed = new PreparedName(NameParts.of("KHALIL, Ezedin"), part -> part.equals("khalil") ? 3.0 : 1.0);
    NameComparison.Result result = NameComparison.explain(name("Khalil"), listed);
    assertThat(result.score()).isEqualTo(NameComparison.SINGLE_PART_CAP);
    assertThat(result.features()).extracting(ScoreFeature::feature).contains("one part");
    assertThat(result.features().stream().mapToDouble(ScoreFeature::contribution).sum()).isCloseTo(result.score(), within(1e-9));
    assertThat(score("Hamas", "HAMAS")).isEqualTo(1.0);
  }

  @Test
  void unrelatedNamesScoreZeroAndEachUnpairedQueryPartIsExplained() {
    NameComparison.Result result = NameComparison.explain(name("Jones"), name("KHALIL, Ezedin"));
    assertThat(result.score()).isZero();
    assertThat(result.features()).extracting(ScoreFeature::feature).containsExactly("unpaired");
  }

  @Test
  void contributionsAddUpToTheScore() {
    NameComparison.Result result = NameComparison.explain(name("Yaseen al-Souri"), name("AL-SURI, Yasin Abdel"));
    assertThat(result.features().stream().mapToDouble(ScoreFeature::contribution).sum()).isCloseTo(result.score(), within(1e-9));
  }
}
