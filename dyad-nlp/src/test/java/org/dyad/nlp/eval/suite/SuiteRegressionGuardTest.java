package org.dyad.nlp.eval.suite;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.nlp.SharedData;
import org.dyad.nlp.coding.CodingSetup;
import org.dyad.nlp.coding.DocumentCoder;
import org.dyad.nlp.eval.Half;
import org.dyad.nlp.eval.PloverRecords;
import org.dyad.nlp.parse.CoreNlpSentenceParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The regression guard of EVALUATION.md: every suite's figure recorded there in a {@code <!-- guard
 * SUITE METRIC VALUE -->} line must still be reached, less 0.02. The guard rises as the recorded
 * figures rise.
 */
class SuiteRegressionGuardTest {

  private static final double TOLERANCE = 0.02;
  private static final Pattern GUARD = Pattern.compile("<!-- guard (\\S+) (\\S+) ([0-9.]+) -->");

  private static Path eventCoding;
  private static Map<String, Double> guards;

  @BeforeAll
  static void readGuards() throws IOException {
    eventCoding = SharedData.requireEventCoding();
    guards = new LinkedHashMap<>();
    Matcher matcher = GUARD.matcher(Files.readString(Path.of("..", "EVALUATION.md"), StandardCharsets.UTF_8));
    while (matcher.find()) {
      guards.put(matcher.group(1) + " " + matcher.group(2), Double.parseDouble(matcher.group(3)));
    }
  }

  @Test
  void petrValidateRecords() throws IOException {
    check("PETR_Validate_records_2_02.xml");
  }

  @Test
  void petr2GoldStandardRecords() throws IOException {
    check("PETR2_GSR_validation.xml");
  }

  @Test
  void petrUnitTestRecords() throws IOException {
    check("PETR.UnitTest.records.xml");
  }

  @Test
  void ploverEvenHalfThroughDyadsOwnParserAndDictionaries() throws IOException {
    PloverRecords records = PloverRecords.read(eventCoding.resolve("PLOVER_GSR_CAMEO.txt"));
    ValidationSuite suite = PloverEventSuite.of(records, Half.EVEN, eventCoding.resolve("PLOVER_GSR_CAMEO.txt"));
    assertAtLeastRecorded("PLOVER_GSR_CAMEO_even", PloverEventSuite.score(suite, ownCoder()));
  }

  /** The project's own blind newswire set (evaluation/newswire-blind.json): its held-out even half. */
  @Test
  void newswireBlindEvenHalf() throws IOException {
    checkOwnSet("newswire-blind.json", "newswire_blind_even");
  }

  /** The second blind newswire set (evaluation/newswire-blind-2.json): its held-out even half. */
  @Test
  void secondNewswireBlindEvenHalf() throws IOException {
    checkOwnSet("newswire-blind-2.json", "newswire_blind_2_even");
  }

  /** The blind set of two sentences per CAMEO code (evaluation/cameo-codes-blind.json): the second of each. */
  @Test
  void cameoCodesBlindEvenHalf() throws IOException {
    checkOwnSet("cameo-codes-blind.json", "cameo_codes_blind_even");
  }

  /** The third blind newswire set (evaluation/newswire-blind-3.json): its held-out even half. */
  @Test
  void thirdNewswireBlindEvenHalf() throws IOException {
    checkOwnSet("newswire-blind-3.json", "newswire_blind_3_even");
  }

  /** The fourth blind newswire set (evaluation/newswire-blind-4.json): its held-out even half. */
  @Test
  void fourthNewswireBlindEvenHalf() throws IOException {
    checkOwnSet("newswire-blind-4.json", "newswire_blind_4_even");
  }

  /** The fifth blind newswire set (evaluation/newswire-blind-5.json): its held-out even half. */
  @Test
  void fifthNewswireBlindEvenHalf() throws IOException {
    checkOwnSet("newswire-blind-5.json", "newswire_blind_5_even");
  }

  /** The sixth blind newswire set (evaluation/newswire-blind-6.json), long wire leads: its held-out even half. */
  @Test
  void sixthNewswireBlindEvenHalf() throws IOException {
    checkOwnSet("newswire-blind-6.json", "newswire_blind_6_even");
  }

  private static void checkOwnSet(String name, String guard) throws IOException {
    Path file = Path.of("..", "evaluation", name);
    ValidationSuite suite = PloverEventSuite.of(PloverRecords.read(file), Half.EVEN, file);
    assertAtLeastRecorded(guard, PloverEventSuite.score(suite, ownCoder()));
  }

  /** The configuration dyad eval, code and ingest use: Dyad's verbs, event nouns, actors and discards. */
  private static DocumentCoder ownCoder() throws IOException {
    CodingSetup setup = CodingSetup.load(null, null);
    return new DocumentCoder(new CoreNlpSentenceParser(), setup.resolver(), setup.coder());
  }

  private static void check(String file) throws IOException {
    ValidationSuite suite = new SuiteReader().read(eventCoding.resolve(file));
    assertAtLeastRecorded(file.replaceFirst("\\.xml$", ""), SuiteEvaluation.run(suite, null).score());
  }

  private static void assertAtLeastRecorded(String suite, SuiteScore score) {
    Map<String, Double> measured = Map.of(
        "records_right", score.records() == 0 ? 0 : (double) score.correct() / score.records(),
        "f1", score.f1(),
        "root_f1", score.rootF1());
    int checked = 0;
    for (Map.Entry<String, Double> metric : measured.entrySet()) {
      Double recorded = guards.get(suite + " " + metric.getKey());
      if (recorded != null) {
        assertThat(metric.getValue()).as(suite + " " + metric.getKey() + " (EVALUATION.md records " + recorded + ")")
            .isGreaterThanOrEqualTo(recorded - TOLERANCE);
        checked++;
      }
    }
    assertThat(checked).as("EVALUATION.md guards " + suite).isGreaterThan(0);
  }
}
