package org.dyad.nlp.eval.suite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ValidationSuiteTest {

  private static SuiteRecord record(String id, String category, boolean evaluate) {
    return new SuiteRecord(id, 1, category, evaluate, LocalDate.of(1995, 1, 1), "text", null, List.of(), true, false,
        Map.of());
  }

  @Test
  void countedKeepsTheEvaluatedRecordsOfIncludedCategoriesInOrder() {
    ValidationSuite suite = new ValidationSuite("s", Path.of("s.xml"),
        new SuiteEnvironment(null, List.of(), null, null, null, Set.of("DEMO", "VERB")),
        List.of(record("a", "VERB", true), record("b", "DEMO", false), record("c", "AGENTS", true),
            record("d", "DEMO", true)),
        List.of());
    assertThat(suite.counted()).extracting(SuiteRecord::id).containsExactly("a", "d");
  }
}
