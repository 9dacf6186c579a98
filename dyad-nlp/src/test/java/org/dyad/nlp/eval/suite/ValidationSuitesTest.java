package org.dyad.nlp.eval.suite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.dyad.nlp.SharedData;
import org.dyad.nlp.eval.RecordWarning;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Reads the three PETRARCH validation suites of the shared data and checks their counts against
 * {@code SOURCES.md}, which counts the files with grep. The differences, each explained where it
 * is asserted: one {@code <Sentence ... evaluate="false">} in a comment of the UD unit suite, and
 * one GSR record whose {@code <Text>} is empty. Skipped when the shared data is absent.
 */
class ValidationSuitesTest {

  private static ValidationSuite unitUd;
  private static ValidationSuite unitPtb;
  private static ValidationSuite gsr;

  @BeforeAll
  static void readTheSuites() throws IOException {
    Path folder = SharedData.requireEventCoding();
    SuiteReader reader = new SuiteReader();
    unitUd = reader.read(folder.resolve("PETR_Validate_records_2_02.xml"));
    unitPtb = reader.read(folder.resolve("PETR.UnitTest.records.xml"));
    gsr = reader.read(folder.resolve("PETR2_GSR_validation.xml"));
  }

  private static int expectedEvents(List<SuiteRecord> records) {
    return records.stream().mapToInt(record -> record.expected().size()).sum();
  }

  @Test
  void theUdUnitSuite() {
    // SOURCES.md's 275 sentences and 11 evaluate="false" include the example tag in the header
    // comment ("Use <Sentence ... evaluate="false"> to bypass..."), which is not a record.
    assertThat(unitUd.records()).hasSize(274);
    assertThat(unitUd.records().stream().filter(record -> !record.evaluate())).hasSize(10);
    assertThat(expectedEvents(unitUd.records())).isEqualTo(322);
    assertThat(unitUd.records().stream().filter(SuiteRecord::noEvents)).hasSize(20);
    assertThat(unitUd.records().stream().filter(SuiteRecord::error)).hasSize(7);
    // Include leaves out AGENTS, ERROR and PARSING.
    assertThat(unitUd.counted()).hasSize(245);
    assertThat(expectedEvents(unitUd.counted())).isEqualTo(305);
    assertThat(unitUd.counted()).allSatisfy(record -> assertThat(record.parse()).as(record.id()).isNotNull());
    assertThat(unitUd.warnings()).extracting(RecordWarning::id, RecordWarning::message).containsExactly(
        tuple("DEMO-32", "the record at line 1102 has the same id; both were kept"));
    assertThat(unitUd.environment().missingFiles()).isEmpty();
    assertThat(unitUd.environment().picoFile().getFileName()).hasToString("PETR_Validate_Internal_Coding_Ontology_1_01.txt");
  }

  @Test
  void thePennTreebankUnitSuite() {
    assertThat(unitPtb.records()).hasSize(284);
    assertThat(expectedEvents(unitPtb.records())).isEqualTo(359);
    assertThat(unitPtb.records().stream().filter(SuiteRecord::noEvents)).hasSize(19);
    assertThat(unitPtb.records().stream().filter(SuiteRecord::error)).hasSize(7);
    // The five sentence="false" records are those its comments call "currently not implemented".
    assertThat(unitPtb.records().stream().filter(record -> !record.evaluate())).extracting(SuiteRecord::id)
        .containsExactly("DEMO-04", "AGENT-08", "AGENTS-18", "AGENTS-19", "COMPOUND-28");
    // Include leaves out AGENTS and the one COMPOUNDx record; ERROR is included.
    assertThat(unitPtb.counted()).hasSize(278);
    assertThat(expectedEvents(unitPtb.counted())).isEqualTo(350);
    long converted = unitPtb.records().stream().filter(record -> record.parse() != null).count();
    assertThat(converted).isGreaterThanOrEqualTo((long) Math.ceil(0.98 * unitPtb.records().size()));
    // The one tree that fails is ERROR-03's, whose point is a bad parse (error="bad_input_parse").
    assertThat(unitPtb.records().stream().filter(record -> record.parse() == null)).extracting(SuiteRecord::id)
        .containsExactly("ERROR-03");
    assertThat(unitPtb.environment().missingFiles()).isEmpty();
    assertThat(unitPtb.environment().picoFile()).isNull();
  }

  @Test
  void theGoldStandardSuite() {
    // SOURCES.md counts 78 sentences and 80 events; abc12_3 has an empty <Text> and is skipped.
    assertThat(gsr.records()).hasSize(77);
    assertThat(expectedEvents(gsr.records())).isEqualTo(79);
    assertThat(gsr.records().stream().filter(SuiteRecord::noEvents)).hasSize(12);
    assertThat(gsr.counted()).hasSize(77);
    assertThat(gsr.counted()).allSatisfy(record -> assertThat(record.parse()).as(record.id()).isNotNull());
    assertThat(gsr.warnings()).extracting(RecordWarning::id, RecordWarning::message).containsExactly(
        tuple("", "70 <Sentence .../> tag(s), the first here, are self-closing although the record follows; "
            + "read as start tags"),
        tuple("abc12_3", "has an empty <Text>; skipped"));
    assertThat(gsr.environment().actorFiles()).hasSize(3);
    assertThat(gsr.environment().missingFiles()).isEmpty();
  }

  @Test
  void anOracleCoderGetsEveryCountedRecordRight() {
    for (ValidationSuite suite : List.of(unitUd, unitPtb, gsr)) {
      SuiteScore score = new SuiteScorer(SuiteRecord::expected).score(suite);
      assertThat(score.correct()).as(suite.name()).isEqualTo(suite.counted().size());
      assertThat(score.f1()).as(suite.name()).isEqualTo(1.0);
      assertThat(score.rootF1()).as(suite.name()).isEqualTo(1.0);
    }
  }
}
