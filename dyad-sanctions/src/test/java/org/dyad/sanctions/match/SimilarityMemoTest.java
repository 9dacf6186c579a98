package org.dyad.sanctions.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SimilarityMemoTest {

  @Test
  void rememberedSimilaritiesEqualComputedOnesAndAreForgottenForTheNextQuery() {
    Map<String, Integer> vocabulary = new HashMap<>();
    PreparedName listed = new PreparedName(NameParts.of("SULAIMAN, Qasim"), p -> 1.0,
        t -> vocabulary.computeIfAbsent(t, k -> vocabulary.size()));
    SimilarityMemo memo = new SimilarityMemo(vocabulary.size());
    PreparedName first = new PreparedName(NameParts.of("Qassem Soleimani"), p -> 1.0);
    memo.reset(first);
    for (int q = 0; q < first.units(); q++) {
      for (int l = 0; l < listed.units(); l++) {
        double direct = NameComparison.similarity(first.text[q], first.keys[q], listed.text[l], listed.keys[l],
            !(first.joined(q) || listed.joined(l)));
        assertThat(memo.similarity(q, listed, l)).isEqualTo((float) direct);
        assertThat(memo.similarity(q, listed, l)).isEqualTo((float) direct);
      }
    }
    PreparedName second = new PreparedName(NameParts.of("Sulaiman"), p -> 1.0);
    memo.reset(second);
    // The first query's answers for unit 0 (qassem: 0 against sulaiman, high against qasim) are gone.
    assertThat(memo.similarity(0, listed, 0)).isEqualTo(1.0);
    assertThat(memo.similarity(0, listed, 1)).isZero();
  }
}
