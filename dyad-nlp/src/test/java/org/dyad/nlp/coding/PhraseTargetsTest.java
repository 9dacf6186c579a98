package org.dyad.nlp.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.nlp.coding.TinyDictionary.block;

import java.time.LocalDate;
import java.util.List;
import org.dyad.core.event.CameoOntology;
import org.dyad.core.event.Event;
import org.dyad.nlp.verbs.VerbDictionary;
import org.junit.jupiter.api.Test;

/**
 * The target of an act whose arguments name no one: the first actor inside the verb's phrase
 * ({@link PhraseTargets}), in Dyad's own practice only; and who holds a place an act is on ({@link ActorSlots}).
 */
class PhraseTargetsTest {

  private static final LocalDate DAY = LocalDate.of(2026, 11, 30);

  private static final VerbDictionary DICTIONARY = TinyDictionary.of(
      block("SEIZE", "192", 1), block("ARREST", "173", 2), block("OCCUPY", "192", 3), block("RIOT", "145", 4),
      block("PARADE", "150", 5), block("WARN", "130", 6), block("PROTEST", "141", 7));

  private final DependencyEventCoder coder = new DependencyEventCoder(DICTIONARY, CameoOntology.cameo());

  private List<Event> events(DependencyEventCoder with, String tokens, String... mentions) {
    return TinyParse.events(with, tokens, DAY, mentions);
  }

  private List<String> code(String tokens, String... mentions) {
    return TinyParse.triples(events(coder, tokens, mentions));
  }

  // "Argentine troops seized the islands, overpowering the British garrison": the participle's object is
  // no argument of "seized"
  private static final String SEIZED = "Argentine/JJ/2/amod troops:troop/NNS/3/nsubj seized:seize/VBD/0/root"
      + " the/DT/5/det islands:island/NNS/3/obj ,/,/7/punct overpowering:overpower/VBG/3/advcl the/DT/10/det"
      + " British/JJ/10/amod garrison/NN/7/obj";

  @Test
  void anActWhoseArgumentsNameNoOneIsOnTheFirstActorInItsPhrase() {
    List<Event> events = events(coder, SEIZED, "Argentine troops=ARGMIL", "British=GBR");
    assertThat(events).extracting(e -> e.source().code() + ">" + e.target().code() + ":" + e.code())
        .containsExactly("ARGMIL>GBR:192");
    // provenance says how the target was found, and the confidence is lower than for a named one
    assertThat(events.getFirst().target().text()).isEqualTo("British");
    assertThat(events.getFirst().rule()).isEqualTo("SEIZE [192]; first in phrase (phrase)");
    assertThat(events.getFirst().confidence()).isLessThan(0.75);
  }

  @Test
  void petrarchsPracticeFindsNoSuchTarget() {
    DependencyEventCoder petrarch = new DependencyEventCoder(DICTIONARY, CameoOntology.cameo(), null,
        CodingConvention.PETRARCH);
    assertThat(events(petrarch, SEIZED, "Argentine troops=ARGMIL", "British=GBR")).isEmpty();
  }

  @Test
  void anActorOfAClauseCodedOnItsOwnIsThatClausesParty() {
    VerbDictionary overpowering = TinyDictionary.of(block("SEIZE", "192", 1), block("OVERPOWER", "190", 2));
    DependencyEventCoder with = new DependencyEventCoder(overpowering, CameoOntology.cameo());
    assertThat(events(with, SEIZED, "Argentine troops=ARGMIL", "British=GBR"))
        .extracting(e -> e.source().code() + ">" + e.target().code() + ":" + e.code()).containsExactly("ARGMIL>GBR:190");
  }

  @Test
  void theSearchStopsAtAnActCoordinatedWithTheVerb() {
    // "Kenya seized cocaine and arrested a British businessman": the seizure is on no one named
    String tokens = "Kenya/NNP/2/nsubj seized:seize/VBD/0/root cocaine/NN/2/obj and/CC/5/cc"
        + " arrested:arrest/VBD/2/conj a/DT/8/det British/JJ/8/amod businessman/NN/5/obj";
    assertThat(code(tokens, "Kenya=KENGOV", "British businessman=GBRBUS")).containsExactly("KENGOV>GBRBUS:173");
  }

  @Test
  void aPlaceIsNoTarget() {
    // "Chinese forces occupied the reef, building structures near the Philippine coast"
    String tokens = "Chinese/JJ/2/amod forces:force/NNS/3/nsubj occupied:occupy/VBD/0/root the/DT/5/det reef/NN/3/obj"
        + " ,/,/7/punct building:build/VBG/3/advcl structures:structure/NNS/7/obj near/IN/12/case the/DT/12/det"
        + " Philippine/JJ/12/amod coast/NN/7/obl";
    assertThat(code(tokens, "Chinese forces=CHNMIL", "Philippine=PHL")).isEmpty();
  }

  @Test
  void whatTheActIsAboutIsNoTarget() {
    // "Sudanese protesters rioted in a march that vented anger over an American film"
    String tokens = "Sudanese/JJ/2/amod protesters:protester/NNS/3/nsubj rioted:riot/VBD/0/root in/IN/6/case"
        + " a/DT/6/det march/NN/3/obl that/WDT/8/nsubj vented:vent/VBD/6/acl:relcl anger/NN/8/obj over/IN/13/case"
        + " an/DT/13/det American/JJ/13/amod film/NN/9/nmod";
    assertThat(code(tokens, "Sudanese protesters=SDNOPP", "American=USA")).isEmpty();
    assertThat(code(tokens.replace("over/IN", "from/IN"), "Sudanese protesters=SDNOPP", "American=USA"))
        .containsExactly("SDNOPP>USA:145");
  }

  @Test
  void whoHoldsAPlaceIsTheTargetOfAnActOnIt() {
    // "Argentine troops seized the British-ruled Falkland Islands on Friday", as the parser reads it, with
    // "British" hung loosely on "ruled"
    String tokens = "Argentine/JJ/2/amod troops:troop/NNS/3/nsubj seized:seize/VBD/0/root the/DT/9/det"
        + " British/JJ/7/dep -/HYPH/7/punct ruled:rule/VBN/9/amod Falkland/NNP/9/compound Islands:island/NNPS/3/obj"
        + " on/IN/11/case Friday/NNP/3/obl";
    assertThat(code(tokens, "Argentine troops=ARGMIL", "British=GBR")).containsExactly("ARGMIL>GBR:192");
  }

  @Test
  void whoLedAnActIsWhomAProtestAgainstItTargets() {
    // "Pakistanis protested against U.S.-led strikes on Afghanistan", "U.S." hung on "led" as the parser does
    String tokens = "Pakistanis/NNPS/2/nsubj protested:protest/VBD/0/root against/IN/7/case U.S./NNP/6/obl"
        + " -/HYPH/6/punct led:lead/VBN/7/amod strikes:strike/NNS/2/obl on/IN/9/case Afghanistan/NNP/7/nmod";
    assertThat(code(tokens, "Pakistanis=PAKCVL", "U.S.=USA", "Afghanistan=AFG")).containsExactly("PAKCVL>USA:141");
    // an actor joined by another participle only modifies the strikes, which were on Afghanistan
    assertThat(code(tokens.replace("led:lead", "based:base"), "Pakistanis=PAKCVL", "U.S.=USA", "Afghanistan=AFG"))
        .containsExactly("PAKCVL>AFG:141");
  }

  @Test
  void whatAnActIsAimedAtIsNoPlace() {
    // "North Korea paraded tanks through Pyongyang in a show aimed at South Korea"
    String tokens = "North/NNP/2/compound Korea/NNP/3/nsubj paraded:parade/VBD/0/root tanks:tank/NNS/3/obj"
        + " through/IN/6/case Pyongyang/NNP/3/obl in/IN/9/case a/DT/9/det show/NN/3/obl aimed:aim/VBN/9/acl"
        + " at/IN/13/case South/NNP/13/compound Korea/NNP/10/obl";
    assertThat(code(tokens, "North Korea=PRK", "Pyongyang=PRK", "South Korea=KOR")).containsExactly("PRK>KOR:150");
    // a place a show was staged at stays a place
    assertThat(code(tokens.replace("aimed:aim", "staged:stage"), "North Korea=PRK", "Pyongyang=PRK", "South Korea=KOR"))
        .isEmpty();
  }

  @Test
  void aThreatIsOnWhomTheSourcesOwnActThreatenedIs() {
    // "Hun Sen warned that he would close the U.N. office"
    String tokens = "Hun/NNP/2/compound Sen/NNP/3/nsubj warned:warn/VBD/0/root that/IN/7/mark he/PRP/7/nsubj"
        + " would/MD/7/aux close/VB/3/ccomp the/DT/10/det U.N./NNP/10/compound office/NN/7/obj";
    assertThat(code(tokens, "Hun Sen=KHMGOV", "he=KHMGOV", "U.N.=IGOUNO")).containsExactly("KHMGOV>IGOUNO:130");
    // another's act is that actor's: "warned that Thailand would close the U.N. office" is no threat to the U.N.
    assertThat(code(tokens.replace("he/PRP", "Thailand/NNP"), "Hun Sen=KHMGOV", "Thailand=THA", "U.N.=IGOUNO"))
        .doesNotContain("KHMGOV>IGOUNO:130");
  }
}
