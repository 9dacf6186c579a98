package org.dyad.evidence.ach;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AchReportTest {

  @Test
  void showsTheRankingMatrixAndSensitivity() {
    String html = AchReport.html(AchAnalysis.of(Boards.iranAndAlQaeda()));

    assertThat(html).startsWith("<!DOCTYPE html>").contains("<title>Dyad — ACH board iran-aq</title>");
    assertThat(html.indexOf("Iran tolerates")).isLessThan(html.indexOf("Iran directs"));
    assertThat(html).contains("<td class=\"rII\">II</td>").contains("E1 + E4").contains("E2 + E3");
    assertThat(html).doesNotContain("<script").doesNotContain("http");
  }

  @Test
  void escapesEveryTextTheAnalystWrote() {
    AchBoard board = Boards.iranAndAlQaeda().withHypothesis(new Hypothesis("H4", "<img src=x onerror=alert(1)>"));

    String html = AchReport.html(AchAnalysis.of(board));

    assertThat(html).doesNotContain("<img").contains("&lt;img src=x onerror=alert(1)&gt;");
  }
}
