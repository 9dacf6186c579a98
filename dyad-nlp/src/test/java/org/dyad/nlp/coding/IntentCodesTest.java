package org.dyad.nlp.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.nlp.coding.TinyParse.parse;

import org.dyad.core.event.CameoOntology;
import org.junit.jupiter.api.Test;

class IntentCodesTest {

  @Test
  void cooperationAnnouncedIsAnIntentAndConflictAnnouncedIsAThreat() {
    assertThat(IntentCodes.of("071")).isEqualTo("0331");
    assertThat(IntentCodes.of("0874")).isEqualTo("0356");
    assertThat(IntentCodes.of("163")).isEqualTo("1312");
    assertThat(IntentCodes.of("195")).isEqualTo("1384");
    assertThat(IntentCodes.of("042")).isEqualTo("036");
    assertThat(IntentCodes.of("057")).isEqualTo("037");
    assertThat(IntentCodes.of("051")).isEqualTo("032");
  }

  @Test
  void statementsDemandsAndThreatsStayAsTheyAre() {
    assertThat(IntentCodes.of("010")).isEqualTo("010");
    assertThat(IntentCodes.of("112")).isEqualTo("112");
    assertThat(IntentCodes.of("138")).isEqualTo("138");
  }

  @Test
  void everyAnnouncedFormIsACameoCode() {
    for (var code : CameoOntology.cameo().codes()) {
      assertThat(CameoOntology.cameo().contains(IntentCodes.of(code.code()))).as(code.code()).isTrue();
    }
  }

  @Test
  void futureAuxiliariesAndIntentGovernorsAnnounce() {
    Dependencies will = new Dependencies(parse("Finland/NNP/3/nsubj will/MD/3/aux give:give/VB/0/root aid/NN/3/obj"));
    assertThat(IntentCodes.announced(will, new PredicateFinder(will).predicate(3))).isTrue();
    Dependencies willing = new Dependencies(parse(
        "Syria/NNP/3/nsubj is:be/VBZ/3/cop willing/JJ/0/root to/TO/5/mark withdraw/VB/3/xcomp"));
    assertThat(IntentCodes.announced(willing, new PredicateFinder(willing).predicate(5))).isTrue();
    Dependencies done = new Dependencies(parse("Finland/NNP/2/nsubj gave:give/VBD/0/root aid/NN/2/obj"));
    assertThat(IntentCodes.announced(done, new PredicateFinder(done).predicate(2))).isFalse();
  }

  @Test
  void aReportedObligationIsTheReportersDemand() {
    Dependencies tree = new Dependencies(parse(
        "Russia/NNP/2/nsubj said:say/VBD/0/root Sudan/NNP/5/nsubj must/MD/5/aux return/VB/2/ccomp aid/NN/5/obj"));
    assertThat(IntentCodes.obliged(tree, new PredicateFinder(tree).predicate(5))).isTrue();
    assertThat(IntentCodes.demanded("071")).isEqualTo("103");
    assertThat(IntentCodes.demanded(null)).isEqualTo("100");
    Dependencies plain = new Dependencies(parse(
        "Russia/NNP/2/nsubj said:say/VBD/0/root Sudan/NNP/4/nsubj returned:return/VBD/2/ccomp aid/NN/4/obj"));
    assertThat(IntentCodes.obliged(plain, new PredicateFinder(plain).predicate(4))).isFalse();
  }

  @Test
  void anObligationOnAPronounIsOnWhomTheReporterAddresses() {
    // "The IMF told Argentina it must slash spending", with the clause read as an open complement
    String told = "IMF/NNP/2/nsubj told:tell/VBD/0/root Argentina/NNP/2/obj it/PRP/6/nsubj must/MD/6/aux"
        + " slash/VB/2/xcomp spending/NN/6/obj";
    Dependencies tree = new Dependencies(parse(told));
    assertThat(IntentCodes.obliged(tree, new PredicateFinder(tree).predicate(6))).isTrue();
    ActorSlots slots = new ActorSlots(tree, java.util.List.of(TinyParse.mention(tree.parsed(), "Argentina", "ARG")));
    assertThat(IntentCodes.obligedParties(tree, slots, new PredicateFinder(tree).predicate(6)))
        .extracting(org.dyad.core.nlp.Mention::code).containsExactly("ARG");
    // an open complement with no subject of its own is no report: "told Argentina to slash spending"
    Dependencies open = new Dependencies(parse("IMF/NNP/2/nsubj told:tell/VBD/0/root Argentina/NNP/2/obj to/TO/5/mark"
        + " slash/VB/2/xcomp spending/NN/5/obj"));
    assertThat(IntentCodes.obliged(open, new PredicateFinder(open).predicate(5))).isFalse();
  }
}
