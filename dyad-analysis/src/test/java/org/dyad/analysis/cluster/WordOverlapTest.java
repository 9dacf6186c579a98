package org.dyad.analysis.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class WordOverlapTest {

  @Test
  void jaccardOfWordsOfThreeLettersOrMore() {
    // {imposed, sanctions} and {imposed, new, sanctions}: 2 shared of 3.
    assertThat(WordOverlap.jaccard(WordOverlap.words("imposed sanctions on"), WordOverlap.words("imposed new sanctions")))
        .isCloseTo(2.0 / 3, within(1e-12));
    assertThat(WordOverlap.words("a to of")).isEmpty();
    assertThat(WordOverlap.jaccard(WordOverlap.words(""), WordOverlap.words(""))).isZero();
  }
}
