package org.dyad.spark.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.dyad.spark.cluster.DateWindowClustering.Cluster;
import org.dyad.spark.cluster.DateWindowClustering.Member;
import org.junit.jupiter.api.Test;

class DateWindowClusteringTest {

  private static Member event(String id, String doc, String outlet, String date) {
    return new Member(id, doc, outlet, date == null ? null : LocalDate.parse(date));
  }

  private static List<List<String>> ids(List<Cluster> clusters) {
    return clusters.stream().map(cluster -> cluster.members().stream().map(Member::event).toList()).toList();
  }

  @Test
  void opensANewClusterWhenAnEventFallsPastTheWindowOfTheFirst() {
    List<Cluster> clusters = new DateWindowClustering(3).cluster("USA>IRN:16", List.of(
        event("e4", "d4", "b", "2011-07-04"),
        event("e1", "d1", "a", "2011-07-01"),
        event("e2", "d2", "b", "2011-07-03"),
        event("e5", "d5", "a", "2011-07-05")));

    // 07-04 is 3 days after 07-01, inside; 07-05 is 4 days after, so it opens the second cluster
    assertThat(ids(clusters)).containsExactly(List.of("e1", "e2", "e4"), List.of("e5"));
    assertThat(clusters.getFirst().firstDate()).isEqualTo(LocalDate.parse("2011-07-01"));
    assertThat(clusters.getFirst().lastDate()).isEqualTo(LocalDate.parse("2011-07-04"));
    assertThat(clusters.getFirst().documents()).isEqualTo(3);
    assertThat(clusters.getFirst().outlets()).isEqualTo(2);
  }

  @Test
  void anchorsTheWindowAtTheFirstEventSoADailyChainIsCut() {
    List<Cluster> clusters = new DateWindowClustering(1).cluster("k", List.of(
        event("a", "d", "o", "2011-01-01"), event("b", "d", "o", "2011-01-02"), event("c", "d", "o", "2011-01-03")));

    assertThat(ids(clusters)).containsExactly(List.of("a", "b"), List.of("c"));
  }

  @Test
  void givesEachUndatedEventAClusterOfItsOwn() {
    List<Cluster> clusters = new DateWindowClustering(30).cluster("k", List.of(
        event("u2", "d1", "o", null), event("x", "d1", "o", "2011-01-01"), event("u1", "d2", "o", null)));

    assertThat(ids(clusters)).containsExactly(List.of("x"), List.of("u1"), List.of("u2"));
  }

  @Test
  void namesAClusterByItsDyadAndMembersWhateverTheirOrder() {
    DateWindowClustering clustering = new DateWindowClustering(3);
    Member first = event("e1", "d1", "a", "2011-07-01");
    Member second = event("e2", "d2", "b", "2011-07-01");

    String id = clustering.cluster("USA>IRN:16", List.of(first, second)).getFirst().id();

    assertThat(id).matches("[0-9a-f]{16}");
    assertThat(clustering.cluster("USA>IRN:16", List.of(second, first)).getFirst().id()).isEqualTo(id);
    assertThat(clustering.cluster("IRN>USA:16", List.of(first, second)).getFirst().id()).isNotEqualTo(id);
  }

  @Test
  void refusesANegativeWindow() {
    assertThatThrownBy(() -> new DateWindowClustering(-1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-1");
  }
}
