package org.dyad.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.dyad.core.json.DyadJson;
import org.junit.jupiter.api.Test;

class PeriodCountsTest {

  @Test
  void serialisesWithTheIssuesFieldNames() throws Exception {
    PeriodCounts year = new PeriodCounts("2011", 3, 2, 1, 1, 0, 0, 4.5, 1.0, 2, 0.25);
    var json = DyadJson.mapper().readTree(DyadJson.write(year));
    assertThat(json.fieldNames()).toIterable().containsExactly("period", "events", "clusters", "quad1", "quad2", "quad3",
        "quad4", "goldstein_mean", "net_coop", "outlets", "share_of_all");
    assertThat(year.counted(false)).isEqualTo(2);
    assertThat(year.counted(true)).isEqualTo(3);
  }

  @Test
  void rejectsImpossibleCounts() {
    assertThatThrownBy(() -> new PeriodCounts("2011", 1, 2, 0, 0, 0, 0, null, 0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new PeriodCounts("2011", 2, 2, 0, 0, 0, 0, null, 1.5, 0, 0)).isInstanceOf(IllegalArgumentException.class);
  }
}
