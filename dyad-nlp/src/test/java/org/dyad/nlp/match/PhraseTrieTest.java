package org.dyad.nlp.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PhraseTrieTest {

  private static PhraseTrie<String> trie() {
    PhraseTrie<String> trie = new PhraseTrie<>();
    trie.add("iran", "IRN");
    trie.add("tehran", "IRN");
    trie.add("revolutionary guards of iran", "IRNMIL");
    trie.add("al-qaeda", "IMGMUSALQ");
    trie.add("al qaida", "IMGMUSALQ");
    trie.add("al-qaida in the arabian peninsula", "IMGMUSAQAP");
    trie.add("united states", "USA");
    trie.add("u.s.", "USA");
    return trie;
  }

  @Test
  void takesTheLongestPhraseAtEachPositionWithoutOverlaps() {
    String text = "The Revolutionary Guards of Iran hosted al-Qa'ida in the Arabian Peninsula, not al Qaida.";
    List<PhraseMatch<String>> matches = trie().find(NameTokenizer.tokens(text));

    assertThat(matches).extracting(m -> text.substring(m.start(), m.end()))
        .containsExactly("Revolutionary Guards of Iran", "al-Qa'ida in the Arabian Peninsula", "al Qaida");
    assertThat(matches).extracting(m -> m.values().getFirst()).containsExactly("IRNMIL", "IMGMUSAQAP", "IMGMUSALQ");
  }

  @Test
  void fallsBackToAShorterPhraseWhenTheLongerOneBreaksOff() {
    String text = "Al-Qaeda in Iraq and the U.S. army";
    List<PhraseMatch<String>> matches = trie().find(NameTokenizer.tokens(text));
    assertThat(matches).extracting(m -> text.substring(m.start(), m.end())).containsExactly("Al-Qaeda", "U.S.");
  }

  @Test
  void samePhraseTwiceKeepsBothValues() {
    PhraseTrie<String> trie = trie();
    trie.add("Tehran", "IRNGOV");
    assertThat(trie.find(NameTokenizer.tokens("Tehran said"))).singleElement()
        .satisfies(m -> assertThat(m.values()).containsExactly("IRN", "IRNGOV"));
    assertThat(trie.size()).isEqualTo(8);
    assertThat(trie.longestPhrase()).isEqualTo(6);
  }

  @Test
  void answersThePreFilterQuestion() {
    assertThat(trie().occursIn(NameTokenizer.tokens("Officials met in Geneva."))).isFalse();
    assertThat(trie().occursIn(NameTokenizer.tokens("Officials met in Tehran."))).isTrue();
  }
}
