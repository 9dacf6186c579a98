package org.dyad.nlp.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.nlp.coding.TinyDictionary.block;
import static org.dyad.nlp.coding.TinyParse.parse;

import java.time.LocalDate;
import java.util.List;
import org.dyad.core.event.CameoOntology;
import org.dyad.core.nlp.ParsedSentence;
import org.dyad.nlp.verbs.VerbDictionary;
import org.junit.jupiter.api.Test;

/** A place seized, captured or taken is territory occupied ({@link TakenPlaces}). */
class TakenPlacesTest {

  private static final LocalDate DAY = LocalDate.of(2012, 11, 20);

  private static final VerbDictionary DICTIONARY = TinyDictionary.of(block("CAPTURE", "173", 1), block("SEIZE", "171", 2));

  private final DependencyEventCoder coder = new DependencyEventCoder(DICTIONARY, CameoOntology.cameo());

  private List<String> code(DependencyEventCoder with, String tokens, String... mentions) {
    ParsedSentence parsed = parse(tokens);
    return with.code(parsed, TinyParse.mentions(parsed, mentions), DAY).stream()
        .map(e -> e.source().code() + ">" + e.target().code() + ":" + e.code()).toList();
  }

  private static final String CAPTURED_GOMA = "rebels:rebel/NNS/2/nsubj captured:capture/VBD/0/root Goma/NNP/2/obj";

  @Test
  void aPlaceCapturedIsTerritoryOccupied() {
    assertThat(code(coder, CAPTURED_GOMA, "rebels=CODREB", "Goma=COD")).containsExactly("CODREB>COD:192");
  }

  @Test
  void peopleAndThingsCapturedKeepTheVerbsCode() {
    assertThat(code(coder, "rebels:rebel/NNS/2/nsubj captured:capture/VBD/0/root Congolese/JJ/4/amod"
        + " soldiers:soldier/NNS/2/obj", "rebels=RWAREB", "Congolese soldiers=CODMIL")).containsExactly("RWAREB>CODMIL:173");
    // a state's name as the object's modifier is no place taken: "seized an Iranian tanker"
    assertThat(code(coder, "Britain/NNP/2/nsubj seized:seize/VBD/0/root an/DT/5/det Iranian/JJ/5/amod tanker/NN/2/obj",
        "Britain=GBR", "Iranian=IRN")).containsExactly("GBR>IRN:171");
  }

  @Test
  void petrarchsPracticeKeepsTheVerbsCode() {
    DependencyEventCoder petrarch =
        new DependencyEventCoder(DICTIONARY, CameoOntology.cameo(), null, CodingConvention.PETRARCH);
    assertThat(code(petrarch, CAPTURED_GOMA, "rebels=CODREB", "Goma=COD")).containsExactly("CODREB>COD:173");
  }
}
