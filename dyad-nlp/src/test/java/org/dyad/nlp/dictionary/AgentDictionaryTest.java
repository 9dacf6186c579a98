package org.dyad.nlp.dictionary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AgentDictionaryTest {

  @Test
  void looksUpSingularsAndPlurals() {
    AgentEntry thief = new AgentEntry("thief", List.of("thieves"), "~CRM", "", "x", 1);
    AgentEntry police = new AgentEntry("police", List.of(), "~COP", "", "x", 2);
    AgentDictionary dictionary = new AgentDictionary(List.of(thief, police));
    assertThat(dictionary.lookup("THIEVES")).containsExactly(thief);
    assertThat(dictionary.lookup("thief")).containsExactly(thief);
    assertThat(dictionary.lookup("Police")).containsExactly(police);
    assertThat(dictionary.lookup("polices")).isEmpty();
    assertThat(dictionary.size()).isEqualTo(2);
    assertThat(dictionary.phraseCount()).isEqualTo(3);
  }
}
