package org.dyad.nlp.eval.suite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dyad.core.nlp.ParsedSentence;
import org.dyad.core.nlp.Sentence;
import org.junit.jupiter.api.Test;

class SuiteRecordTest {

  private static final LocalDate DAY = LocalDate.of(1995, 1, 1);
  private static final CodedTriple EVENT = new CodedTriple("ARN", "GON", "040");

  private static SuiteRecord record(String category, boolean evaluate) {
    return new SuiteRecord("DEMO-01", 4, category, evaluate, DAY, "Arnor met Gondor", null, List.of(EVENT), false, false,
        Map.of());
  }

  @Test
  void countsWhenEvaluatedAndIncluded() {
    SuiteEnvironment demoOnly = new SuiteEnvironment(null, List.of(), null, null, null, Set.of("DEMO"));
    assertThat(record("DEMO", true).counts(demoOnly)).isTrue();
    assertThat(record("DEMO", false).counts(demoOnly)).isFalse();
    assertThat(record("AGENTS", true).counts(demoOnly)).isFalse();
    assertThat(record("AGENTS", true).counts(SuiteEnvironment.NONE)).isTrue();
  }

  @Test
  void isAOneSentenceDocumentNamedByItsId() {
    assertThat(record("DEMO", true).sentence()).isEqualTo(new Sentence("DEMO-01", 0, 0, 16, "Arnor met Gondor"));
  }

  @Test
  void rejectsContradictions() {
    assertThatThrownBy(() -> new SuiteRecord("R", 1, "", true, DAY, "text", null, List.of(EVENT), true, false, Map.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("noevents or error");
    ParsedSentence otherText = new ParsedSentence(new Sentence("R", 0, 0, 5, "other"), List.of());
    assertThatThrownBy(() -> new SuiteRecord("R", 1, "", true, DAY, "text", otherText, List.of(), false, false, Map.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not of the record's text");
    assertThatThrownBy(() -> new SuiteRecord(" ", 1, "", true, DAY, "text", null, List.of(), false, false, Map.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
