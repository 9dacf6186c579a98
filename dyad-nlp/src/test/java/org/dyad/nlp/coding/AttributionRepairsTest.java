package org.dyad.nlp.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.nlp.coding.TinyDictionary.block;

import java.time.LocalDate;
import org.dyad.core.event.CameoOntology;
import org.junit.jupiter.api.Test;

/** {@link AttributionRepairs} on hand-built misparses: the events show whose report the coder read. */
class AttributionRepairsTest {

  private static final LocalDate DAY = LocalDate.of(2026, 11, 30);

  private final DependencyEventCoder coder = new DependencyEventCoder(
      TinyDictionary.of(block("FREE", "0841", 1), block("COME", "---", 2)), CameoOntology.cameo());

  @Test
  void aReportHungOnTheClauseItReportsReportsIt() {
    // "The release came as Israel announced it freed prisoners", with "announced" hung on "freed" and "freed"
    // on "came"
    String misparsed = "The/DT/2/det release/NN/3/nsubj came:come/VBD/0/root as/IN/6/mark Israel/NNP/6/nsubj"
        + " announced:announce/VBD/8/advcl it/PRP/8/nsubj freed:free/VBD/3/ccomp Palestinian/JJ/10/amod"
        + " prisoners:prisoner/NNS/8/obj";
    assertThat(TinyParse.triples(coder, misparsed, DAY, "Israel=ISR", "Palestinian=PSE")).containsExactly("ISR>PSE:0841");
    // a clause with a named subject is no report's: "as Israel announced, Egypt freed prisoners"
    String named = misparsed.replace("it/PRP", "Egypt/NNP");
    assertThat(TinyParse.triples(coder, named, DAY, "Israel=ISR", "Egypt=EGY", "Palestinian=PSE"))
        .containsExactly("EGY>PSE:0841");
  }
}
