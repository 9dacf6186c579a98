package org.dyad.nlp.verbs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VerbEntryTest {

  @Test
  void theFiveArgumentConstructorHasNoPrecedingWords() {
    VerbEntry callOff = new VerbEntry("CALL", List.of("OFF"), Set.of(), EventCodes.of("160"), 4);
    assertThat(callOff.preceding()).isEmpty();
    assertThat(callOff).isEqualTo(new VerbEntry("CALL", List.of(), List.of("OFF"), Set.of(), EventCodes.of("160"), 4));
  }

  @Test
  void copiesItsListsAndRefusesABlankVerb() {
    List<String> preceding = new ArrayList<>(List.of("WIRE"));
    VerbEntry tap = new VerbEntry("TAP", preceding, List.of(), Set.of("TAPPED"), null, 1);
    preceding.clear();
    assertThat(tap.preceding()).containsExactly("WIRE");
    assertThatThrownBy(() -> new VerbEntry(" ", List.of(), Set.of(), null, 1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
