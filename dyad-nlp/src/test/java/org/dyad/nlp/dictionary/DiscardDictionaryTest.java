package org.dyad.nlp.dictionary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DiscardDictionaryTest {

  @Test
  void looksUpPhrasesAndSplitsByScope() {
    DiscardEntry cup =
        new DiscardEntry("asian cup", DiscardEntry.Scope.SENTENCE, false, "", "x", 1);
    DiscardEntry open =
        new DiscardEntry("australian open", DiscardEntry.Scope.STORY, false, "", "x", 2);
    DiscardDictionary dictionary = new DiscardDictionary(List.of(cup, open));
    assertThat(dictionary.lookup("ASIAN_CUP")).containsExactly(cup);
    assertThat(dictionary.entries(DiscardEntry.Scope.STORY)).containsExactly(open);
    assertThat(dictionary.entries(DiscardEntry.Scope.SENTENCE)).containsExactly(cup);
    assertThat(dictionary.size()).isEqualTo(2);
  }
}
