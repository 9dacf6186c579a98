package org.dyad.nlp.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.nlp.coding.TinyDictionary.block;

import java.time.LocalDate;
import org.dyad.core.event.CameoOntology;
import org.junit.jupiter.api.Test;

/** Targets the kind of act implies where its own phrases name no one ({@link ImpliedTargets}). */
class ImpliedTargetsTest {

  private static final LocalDate DAY = LocalDate.of(2026, 11, 30);

  private final DependencyEventCoder coder = new DependencyEventCoder(
      TinyDictionary.of(block("FAST", "142", 1), block("ESCAPE", "---", 2), block("BLOCK", "144", 3),
          block("PROTEST", "141", 4)), CameoOntology.cameo());

  // "Palestinian prisoners in Israeli jails fasted"
  private static final String FASTED = "Palestinian/JJ/2/amod prisoners:prisoner/NNS/6/nsubj in/IN/5/case"
      + " Israeli/JJ/5/amod jails:jail/NNS/2/nmod fasted:fast/VBD/0/root";

  @Test
  void aProtestByThoseHeldInSomeonesJailsIsAgainstTheJailer() {
    assertThat(TinyParse.triples(coder, FASTED, DAY, "Palestinian=PSE", "Israeli=ISR")).containsExactly("PSE>ISR:142");
    // a place that holds no one is no party to the protest
    String inTowns = FASTED.replace("jails:jail", "towns:town");
    assertThat(TinyParse.triples(coder, inTowns, DAY, "Palestinian=PSE", "Israeli=ISR")).isEmpty();
  }

  @Test
  void aPlaceTheProtestsObjectIsInIsWhereNotWhomTheProtestIsAgainst() {
    // "settlers blocked roads in Gaza to protest against Sharon's plan"
    String blocked = "settlers:settler/NNS/2/nsubj blocked:block/VBD/0/root roads:road/NNS/2/obj in/IN/5/case"
        + " Gaza/NNP/3/nmod to/TO/7/mark protest/VB/2/advcl against/IN/10/case Sharon/NNP/10/nmod:poss plan/NN/7/obl";
    assertThat(TinyParse.triples(coder, blocked, DAY, "settlers=ISRCVL", "Gaza=PSE", "Sharon=ISRGOV"))
        .containsExactly("ISRCVL>ISRGOV:144");
    // with no one else named, the place is the target
    String alone = "settlers:settler/NNS/2/nsubj blocked:block/VBD/0/root roads:road/NNS/2/obj in/IN/5/case Gaza/NNP/3/nmod";
    assertThat(TinyParse.triples(coder, alone, DAY, "settlers=ISRCVL", "Gaza=PSE")).containsExactly("ISRCVL>PSE:144");
  }
}
