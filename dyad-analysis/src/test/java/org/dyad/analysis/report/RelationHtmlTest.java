package org.dyad.analysis.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dyad.analysis.relate.Relation;
import org.dyad.analysis.trend.TrendVerdict;
import org.dyad.core.analysis.EvidenceItem;
import org.dyad.core.analysis.PeriodCounts;
import org.junit.jupiter.api.Test;

class RelationHtmlTest {

  private static Relation relation() {
    List<PeriodCounts> series = List.of(new PeriodCounts("2005", 1, 1, 0, 0, 0, 1, -5.0, -1, 1, 0.1),
        new PeriodCounts("2006", 2, 1, 1, 0, 0, 0, 3.0, 1, 2, 0.2), new PeriodCounts("2007", 1, 1, 1, 0, 0, 0, 3.0, 1, 1, 0.2));
    EvidenceItem item = new EvidenceItem("2006", "c1", java.time.LocalDate.of(2006, 5, 1), "IRN", "SYR", "042", 1, 1.9, 2, 2,
        "Iran <script>alert(1)</script> & Syria \"met\".", "doc", "A title", "levant-herald", List.of("e1", "e2"));
    return new Relation(List.of("IRN", "SYR"), "year", false, "clusters", null, null, series, TrendVerdict.STABLE,
        new Relation.Trend(3, 3, 1, 0.3, 2, 1.0, 0.33), List.of(new Relation.ChangePoint("2006", -1, 1)), List.of(item),
        "IRN – SYR: stable");
  }

  @Test
  void aSelfContainedPageWithChartsChangePointsAndEscapedEvidence() {
    String html = RelationHtml.render(relation());
    assertThat(html).startsWith("<!DOCTYPE html>").contains("<svg").contains("class=\"change-point\"").contains("polyline")
        .contains("id=\"verdict\">stable<");
    assertThat(html).contains("Iran &lt;script&gt;alert(1)&lt;/script&gt; &amp; Syria &quot;met&quot;.")
        .doesNotContain("<script>");
    assertThat(html).as("nothing fetched from a network").doesNotContain("src=\"http").doesNotContain("href=\"http")
        .doesNotContain("<link");
  }

}
