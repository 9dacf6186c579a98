package org.dyad.nlp.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.nlp.coding.TinyDictionary.block;

import java.time.LocalDate;
import java.util.List;
import org.dyad.core.event.CameoOntology;
import org.junit.jupiter.api.Test;

/** {@link AttributionRepairs} on hand-built misparses: the events show whose report the coder read. */
class AttributionRepairsTest {

  private static final LocalDate DAY = LocalDate.of(2026, 11, 30);

  private final DependencyEventCoder coder = new DependencyEventCoder(
      TinyDictionary.of(block("FREE", "0841", 1), block("COME", "---", 2)), CameoOntology.cameo());

  private List<String> code(String tokens, String... mentions) {
    return TinyParse.triples(TinyParse.events(coder, tokens, DAY, mentions));
  }

  @Test
  void aReportHungOnTheClauseItReportsReportsIt() {
    // "The release came as Israel announced it freed prisoners", with "announced" hung on "freed" and "freed"
    // on "came"
    String misparsed = "The/DT/2/det release/NN/3/nsubj came:come/VBD/0/root as/IN/6/mark Israel/NNP/6/nsubj"
        + " announced:announce/VBD/8/advcl it/PRP/8/nsubj freed:free/VBD/3/ccomp Palestinian/JJ/10/amod"
        + " prisoners:prisoner/NNS/8/obj";
    assertThat(code(misparsed, "Israel=ISR", "Palestinian=PSE")).containsExactly("ISR>PSE:0841");
    // a clause with a named subject is no report's: "as Israel announced, Egypt freed prisoners"
    assertThat(code(misparsed.replace("it/PRP", "Egypt/NNP"), "Israel=ISR", "Egypt=EGY", "Palestinian=PSE"))
        .containsExactly("EGY>PSE:0841");
  }
}
