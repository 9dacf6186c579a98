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
      TinyDictionary.of(block("FAST", "142", 1), block("ESCAPE", "---", 2)), CameoOntology.cameo());

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
}
