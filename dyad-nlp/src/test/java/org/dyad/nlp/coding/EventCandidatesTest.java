package org.dyad.nlp.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dyad.core.nlp.Mention;
import org.junit.jupiter.api.Test;

class EventCandidatesTest {

  private static Mention in(int sentence, String code) {
    return new Mention("doc", sentence, 0, 4, "name", code, code.substring(0, 3), null, "phrase");
  }

  @Test
  void sentencesNamingTwoActorsAreParsed() {
    List<Mention> mentions = List.of(
        in(0, "IRN"), in(0, "IRQ"), // two states
        in(1, "IRN"), in(1, "IRN"), // one state twice: nothing it does to itself is an event
        in(2, "IRNGOV"), // an organ, in a document naming two states
        in(3, "IGOUNO"));
    assertThat(EventCandidates.sentences(mentions)).containsExactly(0);
  }

  @Test
  void inADocumentAboutOneStateASentenceNamingItOrOneOfItsOrgansIsParsed() {
    // "ETA kidnapped a councillor": a state's group may act on its own state
    assertThat(EventCandidates.sentences(List.of(in(0, "ESPREB"), in(1, "ESP"), in(1, "ESPCOP")))).containsExactly(0, 1);
    // the bare state too: "China banned the Falun Gong" is an act on its people
    assertThat(EventCandidates.sentences(List.of(in(0, "CHN")))).containsExactly(0);
    // an organisation or a region's group has no state of its own
    assertThat(EventCandidates.sentences(List.of(in(0, "IGOUNO")))).isEmpty();
    assertThat(EventCandidates.sentences(List.of(in(0, "WEUREB")))).isEmpty();
  }
}
