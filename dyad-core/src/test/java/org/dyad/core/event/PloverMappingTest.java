package org.dyad.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PloverMappingTest {

  private final PloverMapping plover = PloverMapping.plover();

  @Test
  void translatesCodesWithTheirModeAndContexts() {
    assertThat(plover.of("163")).contains(new PloverCategory("COERCE", "restrict", List.of("diplomatic")));
    assertThat(plover.of("0871")).contains(new PloverCategory("RETREAT", "ceasefire", List.of("military")));
    assertThat(plover.of("091")).contains(new PloverCategory("ACCUSE", "investigate", List.of("crime", "corruption")));
    assertThat(plover.of("040")).contains(new PloverCategory("CONSULT", null, List.of()));
    assertThat(plover.of("08")).as("the cue category of 08 is that of 080")
        .contains(new PloverCategory("CONCEDE", null, List.of()));
    assertThat(plover.of("084")).get().extracting(PloverCategory::event).isEqualTo("RETREAT");
    assertThat(plover.of("175")).contains(new PloverCategory("ASSAULT", null, List.of("pro_autocracy", "military")));
  }

  @Test
  void fallsBackToTheParentThenTheCueCategory() {
    assertThat(plover.of("0435")).as("0435 is not CAMEO; 043 is").isEqualTo(plover.of("043"));
    assertThat(plover.of("1999")).as("neither 1999 nor 199 exist; 19 does")
        .contains(new PloverCategory("ASSAULT", null, List.of()));
    assertThat(plover.of("0299")).isEmpty();
  }

  @Test
  void codesThatAreNotCameoHaveNoCategory() {
    assertThat(plover.of("XY1")).isEmpty();
    assertThat(plover.of("1")).isEmpty();
    assertThat(plover.of("12345")).isEmpty();
    assertThat(plover.of("91")).isEmpty();
  }

  @Test
  void everyCameoCodeMapsExceptStatementsAndAppealsWhichPloverDrops() {
    List<String> unmapped = CameoOntology.cameo().codes().stream().map(CameoCode::code)
        .filter(code -> plover.of(code).isEmpty()).toList();

    assertThat(unmapped).hasSize(39).allSatisfy(code -> assertThat(code).startsWith("0").matches("0[12].*"));
    assertThat(CameoOntology.cameo().codes()).filteredOn(code -> code.root().equals("01") || code.root().equals("02"))
        .extracting(CameoCode::code).containsExactlyElementsOf(unmapped);
  }

  @Test
  void everyCategoryIsAPloverEvent() {
    Set<String> events = Set.of("AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT", "ACCUSE",
        "REQUEST", "REJECT", "THREATEN", "PROTEST", "MOBILIZE", "SANCTION", "COERCE", "ASSAULT");
    assertThat(CameoOntology.cameo().codes()).extracting(code -> plover.of(code.code()))
        .allSatisfy(category -> category.ifPresent(found -> assertThat(events).contains(found.event())));
  }
}
