package org.dyad.nlp.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExpectedVerdictTest {

  @Test
  void aDyadHasTwoMembers() {
    assertThatThrownBy(() -> new ExpectedVerdict(List.of("IRN"), "year", "closer", 1, 1, null, null, null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aLineWithoutCountsIsAWarning() throws Exception {
    List<RecordWarning> warnings = new ArrayList<>();
    var node = LenientJson.readLine("{\"type\":\"verdict\",\"dyad\":[\"IRN\",\"SYR\"],\"by\":\"year\",\"verdict\":\"stable\"}");
    assertThat(ExpectedVerdict.read(node, 7, "key.jsonl", warnings)).isEmpty();
    assertThat(warnings).singleElement().satisfies(w -> assertThat(w.record()).isEqualTo(7));
  }
}
