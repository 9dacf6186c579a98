package org.dyad.nlp.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.nlp.coding.TinyDictionary.block;

import java.time.LocalDate;
import java.util.List;
import org.dyad.core.event.CameoOntology;
import org.junit.jupiter.api.Test;

/** An appeal to back or oppose a third party rallies support for or opposition against it ({@link RalliedStances}). */
class RalliedStancesTest {

  private static final LocalDate DAY = LocalDate.of(2026, 12, 1);

  private final DependencyEventCoder coder = new DependencyEventCoder(TinyDictionary.of(
      block("URGE", "020", 1), block("SUPPORT", "051", 2), block("OPPOSE", "110", 3), block("REFUSE", "120", 4),
      block("CALL", "020", 5), block("BLAME", "112", 6)), CameoOntology.cameo());

  // "the League urged the Community to support the PLO"
  private static final String URGED = "League/NNP/2/nsubj urged:urge/VBD/0/root Community/NNP/2/obj to/TO/5/mark"
      + " support/VB/2/xcomp PLO/NNP/5/obj";

  private List<String> code(String tokens) {
    return TinyParse.triples(coder, tokens, DAY, "League=IGOARL", "Community=IGOEEC", "PLO=PSE");
  }

  @Test
  void anAppealToBackAThirdPartyRalliesSupportForIt() {
    // the asked support is not done: no event of the Community's own
    assertThat(code(URGED)).containsExactlyInAnyOrder("IGOARL>IGOEEC:020", "IGOARL>PSE:053");
  }

  @Test
  void anAppealToOpposeAThirdPartyRalliesOppositionAgainstIt() {
    assertThat(code(URGED.replace("support/VB", "oppose/VB")))
        .containsExactlyInAnyOrder("IGOARL>IGOEEC:020", "IGOARL>PSE:113");
  }

  @Test
  void anAskedRefusalOrAnActNoOneIsAskedToDoRalliesNothing() {
    assertThat(code(URGED.replace("support/VB", "refuse/VB"))).containsExactly("IGOARL>IGOEEC:020");
    // "Iran called it an attempt to blame Yemen": the one to blame is no one asked
    String calling = "Iran/NNP/2/nsubj called:call/VBD/0/root it/PRP/2/iobj attempt/NN/2/obj to/TO/6/mark"
        + " blame/VB/2/xcomp Yemen/NNP/6/obj";
    assertThat(TinyParse.triples(coder, calling, DAY, "Iran=IRNGOV", "Yemen=YEM"))
        .noneMatch(triple -> triple.endsWith(":113"));
  }
}
