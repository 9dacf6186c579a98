package org.dyad.nlp.eval.suite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dyad.core.json.DyadJson;
import org.dyad.nlp.eval.suite.SuiteScore.CategoryTally;
import org.junit.jupiter.api.Test;

class SuiteScorerTest {

  private static final CodedTriple ARN_GON_040 = new CodedTriple("ARN", "GON", "040");
  private static final CodedTriple GON_ARN_041 = new CodedTriple("GON", "ARN", "041");

  private static SuiteRecord record(String id, String category, boolean evaluate, List<CodedTriple> expected,
      boolean noEvents, boolean error) {
    return new SuiteRecord(id, 1, category, evaluate, LocalDate.of(1995, 1, 1), "Arnor met Gondor.", null, expected,
        noEvents, error, Map.of());
  }

  private static SuiteRecord expecting(String id, String category, CodedTriple... expected) {
    return record(id, category, true, List.of(expected), false, false);
  }

  /** Seven records: five counted, one of an excluded category, one not evaluated. */
  private static final ValidationSuite SUITE = new ValidationSuite("tiny", Path.of("tiny.xml"),
      new SuiteEnvironment(null, List.of(), null, null, null, Set.of("A", "B")), List.of(
          expecting("r1", "A", ARN_GON_040, ARN_GON_040, GON_ARN_041),
          expecting("r2", "A", new CodedTriple("ARNGOV", "GON", "0401")),
          record("r3", "B", true, List.of(), true, false),
          record("r4", "B", true, List.of(), false, true),
          expecting("r5", "B", new CodedTriple("OSG", "ARN", "190")),
          expecting("r6", "C", ARN_GON_040),
          record("r7", "A", false, List.of(ARN_GON_040), false, false)),
      List.of());

  private static final Map<String, List<CodedTriple>> EMITTED = Map.of(
      "r1", List.of(ARN_GON_040, GON_ARN_041, GON_ARN_041),
      "r2", List.of(new CodedTriple("ARNMIL", "GON", "0402")),
      "r3", List.of(),
      "r4", List.of(new CodedTriple("ARN", "GON", "010")),
      "r5", List.of(new CodedTriple("OSG", "ARN", "190")));

  @Test
  void scoresMultisetsOfEventsOnTheCountedRecordsOnly() {
    List<String> called = new ArrayList<>();
    SuiteScore score = new SuiteScorer(record -> {
      called.add(record.id());
      return EMITTED.get(record.id());
    }).score(SUITE);
    assertThat(called).containsExactly("r1", "r2", "r3", "r4", "r5");
    // r1: 040 expected twice, emitted once; 041 expected once, emitted twice: 2 matched, not right.
    // r2: wrong codes, right roots. r3 (noevents) right. r4 (error) wrong: it emitted. r5 right.
    assertThat(score.records()).isEqualTo(5);
    assertThat(score.correct()).isEqualTo(2);
    assertThat(score.expectedEvents()).isEqualTo(5);
    assertThat(score.emittedEvents()).isEqualTo(6);
    assertThat(score.matchedEvents()).isEqualTo(3);
    assertThat(score.matchedRoots()).isEqualTo(4);
    assertThat(score.precision()).isEqualTo(0.5);
    assertThat(score.recall()).isEqualTo(0.6);
    assertThat(score.f1()).isCloseTo(6.0 / 11, within(1e-12));
    assertThat(score.rootPrecision()).isCloseTo(2.0 / 3, within(1e-12));
    assertThat(score.rootRecall()).isEqualTo(0.8);
    assertThat(score.rootF1()).isCloseTo(8.0 / 11, within(1e-12));
    assertThat(score.byCategory()).containsExactly(
        Map.entry("A", new CategoryTally(2, 0)), Map.entry("B", new CategoryTally(3, 2)));
  }

  @Test
  void keepsEveryCountedRecordsOutcomeForErrorAnalysis() {
    SuiteScore score = new SuiteScorer(record -> EMITTED.get(record.id())).score(SUITE);
    assertThat(score.outcomes()).extracting(RecordOutcome::id, RecordOutcome::right).containsExactly(
        tuple("r1", false), tuple("r2", false), tuple("r3", true), tuple("r4", false), tuple("r5", true));
    RecordOutcome first = score.outcomes().getFirst();
    assertThat(first.missing()).containsExactly(ARN_GON_040);
    assertThat(first.extra()).containsExactly(GON_ARN_041);
    assertThat(score.outcomes().get(3).extra()).containsExactly(new CodedTriple("ARN", "GON", "010"));
  }

  @Test
  void theSummaryHasExactlyTheDocumentedKeysInOrder() throws Exception {
    SuiteScore score = new SuiteScorer(record -> EMITTED.get(record.id())).score(SUITE);
    JsonNode json = DyadJson.mapper().readTree(DyadJson.write(score.summary()));
    List<String> keys = new ArrayList<>();
    json.fieldNames().forEachRemaining(keys::add);
    assertThat(keys).containsExactly(
        "suite", "records", "correct", "precision", "recall", "f1", "root_precision", "root_recall", "root_f1");
    assertThat(json.get("suite").asText()).isEqualTo("tiny");
    assertThat(json.get("correct").asInt()).isEqualTo(2);
    assertThat(json.get("precision").asDouble()).isEqualTo(0.5);
  }

  @Test
  void aCoderThatEmitsNothingScoresZeroPrecisionAndGetsOnlyTheEmptyRecordsRight() {
    SuiteScore score = new SuiteScorer(record -> List.of()).score(SUITE);
    assertThat(score.correct()).isEqualTo(2);
    assertThat(score.precision()).isZero();
    assertThat(score.recall()).isZero();
    assertThat(score.f1()).isZero();
  }

  @Test
  void aFailingCoderIsReportedWithTheRecord() {
    assertThatThrownBy(() -> new SuiteScorer(record -> {
      throw new IllegalArgumentException("boom");
    }).score(SUITE)).isInstanceOf(IllegalStateException.class).hasMessage("coding record r1 (line 1) of tiny failed: boom");
    assertThatThrownBy(() -> new SuiteScorer(record -> null).score(SUITE))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("returned null for record r1");
  }
}
