package org.dyad.nlp.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import org.dyad.nlp.dictionary.ActorDictionary;
import org.dyad.nlp.dictionary.PetrarchActorReader;
import org.junit.jupiter.api.Test;

class ActorNamesTest {

  private static ActorNames names(String dictionary) throws Exception {
    ActorDictionary actors = new PetrarchActorReader().read(new StringReader(dictionary), "t.txt").dictionary();
    return new ActorNames(actors.entries());
  }

  @Test
  void aComposedStateCodeIsNamedAfterTheStateNotAnInstitutionSharingIt() throws Exception {
    ActorNames names = names("""
        UNITED_STATES_ [USA]
        STATE_DEPARTMENT_ [USAGOV]
        AL_QAEDA_ [IMGMUSALQ]
        NORTH_ATLANTIC_TREATY_ORGANIZATION_ [IGOWSTNAT]
        NATO_ [IGOWSTNAT]
        """);
    assertThat(names.nameOf("USAGOV")).isEqualTo("United States");
    assertThat(names.nameOf("USA")).isEqualTo("United States");
    assertThat(names.nameOf("IMGMUSALQ")).isEqualTo("Al Qaeda");
    assertThat(names.nameOf("IGOWSTNAT")).isEqualTo("North Atlantic Treaty Organization");
    assertThat(names.nameOf("XYZ")).isEqualTo("XYZ");
  }

  @Test
  void titleCaseKeepsParticlesLower() {
    assertThat(ActorNames.titleCase("al-qaeda")).isEqualTo("al-Qaeda");
    assertThat(ActorNames.titleCase("democratic republic of the congo")).isEqualTo("Democratic Republic of the Congo");
    assertThat(ActorNames.titleCase("mohammad khatami")).isEqualTo("Mohammad Khatami");
  }

  @Test
  void anAcronymOfALongerNameIsUpperCase() throws Exception {
    ActorNames names = names("""
        NATO_ [IGOWSTNAT]
        +NORTH_ATLANTIC_TREATY_ORGANIZATION_
        IRAN_ [IRN]
        +ISLAMIC_REPUBLIC_OF_IRAN_
        """);
    assertThat(names.nameOf("IGOWSTNAT")).isEqualTo("NATO");
    assertThat(names.nameOf("IRN")).isEqualTo("Iran");
  }
}
