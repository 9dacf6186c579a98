package org.dyad.nlp.dictionary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ActorDictionaryTest {

  private static ActorEntry entry(String phrase, String code, String source, String... synonyms) {
    return new ActorEntry(
        phrase, List.of(synonyms), List.of(CodeSpan.always(code)), "", source, 1);
  }

  @Test
  void looksUpPrimaryPhrasesAndSynonymsInAnySpelling() {
    ActorEntry qaeda = entry("al qa'ida", "IMGMUSALQ", "mil", "al qaeda", "al qaida");
    ActorDictionary dictionary = new ActorDictionary(List.of(qaeda));
    assertThat(dictionary.lookup("AL_QAEDA")).containsExactly(qaeda);
    assertThat(dictionary.lookup("Al Qaida")).containsExactly(qaeda);
    assertThat(dictionary.lookup("al_qa'ida_")).containsExactly(qaeda);
    assertThat(dictionary.lookup("qaeda")).isEmpty();
    assertThat(dictionary.phraseCount()).isEqualTo(3);
  }

  @Test
  void unionKeepsEntriesOfEveryFileInOrder() {
    ActorEntry un = entry("u.n.", "IGOUNO", "international");
    ActorEntry unCountry = entry("u.n.", "UNO", "countries");
    ActorDictionary union =
        ActorDictionary.union(
            List.of(new ActorDictionary(List.of(unCountry)), new ActorDictionary(List.of(un))));
    assertThat(union.size()).isEqualTo(2);
    assertThat(union.lookup("U.N.")).containsExactly(unCountry, un);
  }

  @Test
  void isImmutable() {
    java.util.ArrayList<ActorEntry> entries = new java.util.ArrayList<>();
    entries.add(entry("hamas", "PSEREBHMS", "x"));
    ActorDictionary dictionary = new ActorDictionary(entries);
    entries.clear();
    assertThat(dictionary.entries()).hasSize(1);
    assertThat(dictionary.lookup("hamas")).hasSize(1);
  }
}
