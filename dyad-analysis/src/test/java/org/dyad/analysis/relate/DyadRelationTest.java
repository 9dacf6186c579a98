package org.dyad.analysis.relate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.dyad.analysis.trend.TrendVerdict;
import org.dyad.core.analysis.ActorTie;
import org.dyad.core.analysis.DyadQuery;
import org.dyad.core.analysis.EvidenceItem;
import org.dyad.core.analysis.NetworkQuery;
import org.dyad.core.analysis.PeriodCounts;
import org.dyad.core.analysis.TimelineQuery;
import org.dyad.core.json.DyadJson;
import org.dyad.core.store.RelationStore;
import org.junit.jupiter.api.Test;

public class DyadRelationTest {

  /** A store answering with a fixed series. */
  public record FixedSeries(List<PeriodCounts> series) implements RelationStore {
    @Override
    public List<PeriodCounts> series(DyadQuery query) {
      return series;
    }

    @Override
    public List<EvidenceItem> evidence(DyadQuery query, int perPeriod) {
      return List.of(new EvidenceItem("2001", "c1", java.time.LocalDate.of(2001, 12, 20), "IRNGOV", "IMGMUSALQ", "173", 4, -5.0,
          2, 2, "Iranian border guards arrested al-Qaeda fighters.", "doc", "title", "gulf-wire", List.of("e1", "e2")));
    }

    @Override
    public List<ActorTie> ties(NetworkQuery query) {
      return List.of();
    }

    @Override
    public List<EvidenceItem> timeline(TimelineQuery query) {
      return evidence(null, 1);
    }
  }

  private static PeriodCounts year(int year, int clusters, double netCoop) {
    long coop = Math.round((1 + netCoop) / 2 * clusters);
    return new PeriodCounts(Integer.toString(year), clusters, clusters, coop, 0, 0, clusters - coop, null, netCoop, 1, 0.1);
  }

  /** The answer key's Iran–al-Qaeda series: −1 for 2001–2006, then 1, 0, 1, 1, 1, 1. */
  private static List<PeriodCounts> iranAlQaeda() {
    double[] values = {-1, -1, -1, -1, -1, -1, 1, 0, 1, 1, 1, 1};
    List<PeriodCounts> series = new ArrayList<>();
    for (int i = 0; i < values.length; i++) {
      series.add(year(2001 + i, i < 8 ? 2 : 1, values[i]));
    }
    return series;
  }

  @Test
  void theKeysCloserVerdictWithItsNumbers() throws Exception {
    Relation relation = new DyadRelation(new FixedSeries(iranAlQaeda())).relate(DyadQuery.yearly("IRN", "IMGMUSALQ"), 1);
    assertThat(relation.verdict()).isEqualTo(TrendVerdict.CLOSER);
    assertThat(relation.trend().periods()).isEqualTo(12);
    assertThat(relation.trend().counted()).isEqualTo(20);
    assertThat(relation.trend().mannKendallS()).isEqualTo(39);
    assertThat(relation.trend().slope()).isCloseTo(0.2222, within(1e-4));
    assertThat(relation.trend().pValue()).isCloseTo(0.0033, within(1e-4));
    assertThat(relation.changePoints()).singleElement().satisfies(change -> {
      assertThat(change.period()).isEqualTo("2007");
      assertThat(change.before()).isEqualTo(-1.0);
    });
    assertThat(relation.summary()).contains("moving closer").contains("S = 39");
  }

  @Test
  void aGapYearStillCountsAsAYearForTheSlope() throws Exception {
    // 2001: −1, 2003: 0, 2004: +1 — slopes 1/2, 2/3 and 1 per year: median 2/3. Counting periods
    // instead of years would give slopes 1, 1, 1.
    List<PeriodCounts> series = List.of(year(2001, 1, -1), year(2003, 1, 0), year(2004, 1, 1));
    Relation relation = new DyadRelation(new FixedSeries(series)).relate(DyadQuery.yearly("IRN", "SYR"), 1);
    assertThat(relation.trend().slope()).isCloseTo(2.0 / 3, within(1e-12));
    assertThat(relation.verdict()).isEqualTo(TrendVerdict.INSUFFICIENT_EVIDENCE);
    assertThat(relation.summary()).contains("insufficient evidence");
  }

  @Test
  void serialisesWithTheDocumentedKeys() throws Exception {
    Relation relation = new DyadRelation(new FixedSeries(iranAlQaeda())).relate(DyadQuery.yearly("IRN", "IMGMUSALQ"), 1);
    var json = DyadJson.mapper().readTree(DyadJson.write(relation));
    assertThat(json.fieldNames()).toIterable().contains("series", "verdict", "trend", "change_points", "evidence");
    assertThat(json.get("verdict").asText()).isEqualTo("closer");
    assertThat(json.get("trend").get("p_value").asDouble()).isCloseTo(0.0033, within(1e-4));
    assertThat(json.get("evidence").get(0).get("sentence").asText()).startsWith("Iranian border guards");
    assertThat(json.get("evidence").get(0).get("event_ids")).hasSize(2);
  }
}
