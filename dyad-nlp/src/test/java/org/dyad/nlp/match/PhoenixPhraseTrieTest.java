package org.dyad.nlp.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.dyad.nlp.SharedData;
import org.dyad.nlp.dictionary.ActorDictionary;
import org.dyad.nlp.dictionary.ActorEntry;
import org.dyad.nlp.dictionary.PetrarchActorReader;
import org.junit.jupiter.api.Test;

/** The trie over the real Phoenix actor dictionaries finds actors under their spellings. */
class PhoenixPhraseTrieTest {

  @Test
  void findsStatesAndGroupsUnderTheirSpellings() throws Exception {
    Path eventCoding = SharedData.requireEventCoding();
    PetrarchActorReader reader = new PetrarchActorReader();
    ActorDictionary actors = ActorDictionary.union(List.of(
        reader.read(eventCoding.resolve("Phoenix.Countries.actors.txt")).dictionary(),
        reader.read(eventCoding.resolve("Phoenix.MilNonState.actors.txt")).dictionary()));
    PhraseTrie<ActorEntry> trie = new PhraseTrie<>();
    for (ActorEntry entry : actors.entries()) {
      for (String phrase : entry.phrases()) {
        trie.add(phrase, entry);
      }
    }
    String text = "Officials said al-Qa'ida's leaders had met Iranian envoys in Tehran.";

    List<PhraseMatch<ActorEntry>> matches = trie.find(NameTokenizer.tokens(text));

    assertThat(trie.size()).isGreaterThan(20_000);
    assertThat(matches).extracting(m -> text.substring(m.start(), m.end())).contains("al-Qa'ida's", "Tehran");
    PhraseMatch<ActorEntry> qaeda = matches.stream().filter(m -> text.substring(m.start(), m.end()).startsWith("al")).findFirst().orElseThrow();
    assertThat(qaeda.values()).anySatisfy(entry -> assertThat(entry.codeOn(java.time.LocalDate.of(2005, 1, 1))).contains("IMGMUSALQ"));
  }
}
