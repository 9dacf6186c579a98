package org.dyad.spark.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Row;
import org.dyad.core.analysis.ClusterCandidate;
import org.junit.jupiter.api.Test;

class ClusterRowTest {

  private static final LocalDate DAY = LocalDate.of(2002, 8, 12);
  /** The columns of event_clusters in order (SparkPipelineTest checks the table against the migration). */
  private static final List<String> COLUMNS = List.of("id", "source_code", "target_code", "root", "first_date",
      "last_date", "events", "documents", "outlets", "event_ids");

  @SuppressWarnings("unchecked")
  private static <T> T field(Row row, String column) {
    return (T) row.get(COLUMNS.indexOf(column));
  }

  private static ClusterCandidate event(String id, String doc, String outlet, LocalDate date, String source) {
    return new ClusterCandidate(id, doc, outlet, date, source, "SAUGOV", "0841", "deported", "militants");
  }

  @Test
  void namesTheFoldedDirectionAndListsTheMembersEarliestFirst() {
    Row row = ClusterRow.of("b", List.of(event("c", "d2", "wire", DAY.plusDays(3), "IRN"),
        event("b", "d1", "wire", DAY, "IRNGOV"), event("a", "d1", "paper", DAY.plusDays(1), "IRNMIL")));

    assertThat(ClusterRowTest.<String>field(row, "id")).isEqualTo("b");
    assertThat(ClusterRowTest.<String>field(row, "source_code")).isEqualTo("IRN");
    assertThat(ClusterRowTest.<String>field(row, "target_code")).isEqualTo("SAU");
    assertThat(ClusterRowTest.<String>field(row, "root")).isEqualTo("08");
    assertThat(String.valueOf(ClusterRowTest.<Object>field(row, "first_date"))).isEqualTo("2002-08-12");
    assertThat(String.valueOf(ClusterRowTest.<Object>field(row, "last_date"))).isEqualTo("2002-08-15");
    assertThat(ClusterRowTest.<Integer>field(row, "events")).isEqualTo(3);
    assertThat(ClusterRowTest.<Integer>field(row, "documents")).isEqualTo(2);
    assertThat(ClusterRowTest.<Integer>field(row, "outlets")).isEqualTo(2);
    assertThat(ClusterRowTest.<String[]>field(row, "event_ids")).containsExactly("b", "a", "c");
  }

  @Test
  void anUndatedEventIsAClusterWithoutDates() {
    Row row = ClusterRow.of("u", List.of(event("u", "d", "wire", null, "IRN")));

    assertThat(ClusterRowTest.<Object>field(row, "first_date")).isNull();
    assertThat(ClusterRowTest.<Object>field(row, "last_date")).isNull();
    assertThat(ClusterRowTest.<Integer>field(row, "events")).isEqualTo(1);
  }
}
