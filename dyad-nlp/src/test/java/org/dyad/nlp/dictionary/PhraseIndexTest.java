package org.dyad.nlp.dictionary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PhraseIndexTest {

  private record Named(String name, List<String> phrases) {}

  @Test
  void findsEveryHolderInOrderAndEachOnce() {
    Named first = new Named("first", List.of("al qaeda", "al qaida", "al qaeda"));
    Named second = new Named("second", List.of("al qaeda"));
    PhraseIndex<Named> index = new PhraseIndex<>(List.of(first, second), Named::phrases);

    assertThat(index.lookup("AL_QAEDA")).containsExactly(first, second);
    assertThat(index.lookup("al qaida")).containsExactly(first);
    assertThat(index.lookup("hamas")).isEmpty();
    assertThat(index.phraseCount()).isEqualTo(2);
  }
}
