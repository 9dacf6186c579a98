package org.dyad.nlp.dictionary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class AgentEntryTest {

  @Test
  void aLeadingTildeAddsTheCodeAfterTheActor() {
    AgentEntry police = new AgentEntry("police", List.of(), "~COP", "", "x", 256);
    assertThat(police.code()).isEqualTo("COP");
    assertThat(police.placement()).isEqualTo(AgentEntry.Placement.AFTER_ACTOR);
  }

  @Test
  void aTrailingTildeAddsTheCodeBeforeTheActor() {
    AgentEntry observers = new AgentEntry("observers in", List.of(), "IGO~", "", "x", 2365);
    assertThat(observers.code()).isEqualTo("IGO");
    assertThat(observers.placement()).isEqualTo(AgentEntry.Placement.BEFORE_ACTOR);
  }

  @Test
  void phrasesAreTheSingularThenThePlurals() {
    AgentEntry thief = new AgentEntry("thief", List.of("thieves"), "~CRM", "", "x", 1);
    assertThat(thief.phrases()).containsExactly("thief", "thieves");
  }

  @Test
  void rejectsOtherFragments() {
    for (String fragment : new String[] {"COP", "~COP~", "~", "~ENV}", "~cop", " ~COP"}) {
      assertThatThrownBy(() -> new AgentEntry("police", List.of(), fragment, "", "x", 1))
          .as(fragment)
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void rejectsPhrasesNotInNormalForm() {
    assertThatThrownBy(() -> new AgentEntry("POLICE", List.of(), "~COP", "", "x", 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new AgentEntry("thief", List.of("THIEVES"), "~CRM", "", "x", 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new AgentEntry("thief", List.of(), "~CRM", "", "x", 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
