package org.dyad.sanctions.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.core.sanctions.SanctionsEntity;
import org.dyad.sanctions.SharedData;
import org.dyad.sanctions.match.ListMatcher;
import org.dyad.sanctions.read.OfacCsvReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The name matcher's regression guard, in the form of EVALUATION.md's other guards: each {@code
 * <!-- guard sanctions-ofac-2021 METRIC VALUE -->} line must still be reached (recall less 0.02,
 * false-positive rate plus 0.005), and the issue's targets must hold. Runs the evaluation as
 * EVALUATION.md records it: 250 queries per family, 2000 negatives, seed 7.
 */
class SanctionsRegressionGuardTest {

  private static final Pattern GUARD = Pattern.compile("<!-- guard sanctions-ofac-2021 (\\S+) ([0-9.]+) -->");
  private static final double RECALL_TOLERANCE = 0.02;
  private static final double FALSE_POSITIVE_TOLERANCE = 0.005;

  private static MatcherEvaluation.Report report;
  private static Map<String, Double> guards;

  @BeforeAll
  static void evaluate() throws IOException {
    List<SanctionsEntity> entities = OfacCsvReader.read(SharedData.requireOfac2021()).entities();
    report = MatcherEvaluation.run(entities, new ListMatcher(entities), 250, 2000, 7);
    guards = new LinkedHashMap<>();
    Matcher matcher = GUARD.matcher(Files.readString(Path.of("..", "EVALUATION.md"), StandardCharsets.UTF_8));
    while (matcher.find()) {
      guards.put(matcher.group(1), Double.parseDouble(matcher.group(2)));
    }
  }

  @Test
  void theIssuesTargetsHold() {
    assertThat(report.overall().recallAt1()).isGreaterThanOrEqualTo(0.95);
    assertThat(report.falsePositiveRate()).isLessThanOrEqualTo(0.02);
    assertThat(report.negatives()).isGreaterThanOrEqualTo(500);
  }

  @Test
  void theRecordedFiguresAreStillReached() {
    assertThat(guards).containsKeys("recall_at_1", "recall_at_5", "false_positive_rate");
    assertThat(report.overall().recallAt1()).isGreaterThanOrEqualTo(guards.get("recall_at_1") - RECALL_TOLERANCE);
    assertThat(report.overall().recallAt5()).isGreaterThanOrEqualTo(guards.get("recall_at_5") - RECALL_TOLERANCE);
    assertThat(report.falsePositiveRate()).isLessThanOrEqualTo(guards.get("false_positive_rate") + FALSE_POSITIVE_TOLERANCE);
  }
}
