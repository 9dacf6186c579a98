package org.dyad.nlp.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.generators.SourceDSL;

class CodingRequestTest {

  @Test
  void readsIdDateAndText() {
    CodingRequest request = CodingRequest.parse("{\"id\":\"a1\",\"date\":\"2011-07-29\",\"text\":\"Iran said.\"}");
    assertThat(request).isEqualTo(new CodingRequest("a1", LocalDate.of(2011, 7, 29), "Iran said."));
    assertThat(CodingRequest.parse("{\"id\":7,\"text\":\"x\"}").date()).isNull();
  }

  @Test
  void badRecordsSayWhatIsWrongInOneLine() {
    assertThatThrownBy(() -> CodingRequest.parse("[1,2]")).hasMessage("not a JSON object");
    assertThatThrownBy(() -> CodingRequest.parse("{\"text\":\"x\"}")).hasMessageContaining("\"id\"");
    assertThatThrownBy(() -> CodingRequest.parse("{\"id\":\"a\"}")).hasMessageContaining("record a: \"text\"");
    assertThatThrownBy(() -> CodingRequest.parse("{\"id\":\"a\",\"text\":\"x\",\"date\":\"29/07/2011\"}"))
        .hasMessageContaining("yyyy-mm-dd");
  }

  @Test
  void anyLineEitherParsesOrFailsWithAnIllegalArgument() {
    QuickTheory.qt().withExamples(2000).forAll(SourceDSL.strings().allPossible().ofLengthBetween(0, 40)).checkAssert(line -> {
      try {
        CodingRequest.parse(line);
      } catch (IllegalArgumentException expected) {
        assertThat(expected.getMessage()).doesNotContain("\n");
      }
    });
  }
}
