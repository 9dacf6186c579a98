package org.dyad.sanctions.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dyad.sanctions.match.ListFixture;
import org.dyad.sanctions.match.ListMatcher;
import org.junit.jupiter.api.Test;

class MatcherEvaluationTest {

  @Test
  void countsFoundFirstFoundInFiveAndFalsePositivesAtTheThreshold() {
    ListMatcher matcher = new ListMatcher(ListFixture.entities());
    List<EvalQuery> queries = List.of(
        new EvalQuery("Yasin al-Suri", 12841, "reorder", "AL-SURI, Yasin"),
        new EvalQuery("Qassem Soleimani", 10481, "transliteration", "SOLEIMANI, Qasem"),
        new EvalQuery("Zorro", 2686, "edit", "NASRALLAH, Hasan"),
        new EvalQuery("Hasan Nasrallah", 0, "negative", "a test of a false positive"),
        new EvalQuery("John Smith", 0, "negative", "nobody"));
    MatcherEvaluation.Report report = MatcherEvaluation.evaluate(matcher, queries, 0.87);

    assertThat(report.families()).extracting(f -> f.family() + " " + f.queries() + " " + f.foundAt1() + " " + f.foundAt5())
        .containsExactly("reorder 1 1 1", "transliteration 1 1 1", "edit 1 0 0", "all 3 2 2");
    assertThat(report.overall().recallAt1()).isEqualTo(2.0 / 3);
    assertThat(report.negatives()).isEqualTo(2);
    assertThat(report.falsePositives()).isEqualTo(1);
    assertThat(report.falsePositiveRate()).isEqualTo(0.5);
    assertThat(report.misses()).extracting(e -> e.query().text() + " -> " + e.top()).containsExactly("Zorro -> ");
    assertThat(report.falseAlarms()).extracting(e -> e.query().text()).containsExactly("Hasan Nasrallah");
  }
}
