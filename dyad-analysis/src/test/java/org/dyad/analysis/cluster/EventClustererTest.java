package org.dyad.analysis.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.dyad.core.analysis.ClusterCandidate;
import org.junit.jupiter.api.Test;

class EventClustererTest {

  private static final LocalDate DAY = LocalDate.of(2002, 8, 12);

  private static ClusterCandidate event(String id, int dayOffset, String source, String target, String code, String verb) {
    return new ClusterCandidate(id, "doc-" + id, "outlet-" + id, DAY.plusDays(dayOffset), source, target, code, verb, "");
  }

  private final EventClusterer clusterer = new EventClusterer(7, 0.5);

  @Test
  void reportsOfOneEventJoinTheEarliest() {
    Map<String, String> clusters = clusterer.cluster(List.of(
        event("b", 1, "IRNGOV", "SAU", "0841", "deported"),
        event("a", 0, "IRN", "SAU", "0841", "handed over"),
        event("c", 7, "IRN", "SAU", "0841", "returned")));
    assertThat(clusters).containsEntry("a", "a").containsEntry("b", "a").containsEntry("c", "a");
  }

  @Test
  void otherDirectionRootOrWeekIsAnotherEvent() {
    Map<String, String> clusters = clusterer.cluster(List.of(
        event("a", 0, "IRN", "SAU", "0841", "deported"),
        event("reply", 0, "SAU", "IRN", "0841", "deported"),
        event("other-root", 0, "IRN", "SAU", "173", "arrested"),
        event("later", 8, "IRN", "SAU", "0841", "deported"),
        event("group", 0, "AFGREB", "SAU", "0841", "deported")));
    assertThat(clusters.values()).doesNotHaveDuplicates();
  }

  @Test
  void aDifferentCodeOfTheSameRootJoinsOnlyWithSimilarWords() {
    Map<String, String> clusters = clusterer.cluster(List.of(
        event("a", 0, "USA", "IRN", "163", "imposed sanctions"),
        event("b", 1, "USA", "IRN", "162", "imposed new sanctions"),
        event("c", 1, "USA", "IRN", "161", "cut ties")));
    assertThat(clusters.get("b")).isEqualTo("a");
    assertThat(clusters.get("c")).isEqualTo("c");
  }

  @Test
  void theWindowIsAnchoredOnTheEarliestReport() {
    // Day 0, 5 and 10: the third is 10 days after the cluster began, so it starts a new one.
    Map<String, String> clusters = clusterer.cluster(List.of(
        event("a", 0, "IRN", "SYR", "036", "met"), event("b", 5, "IRN", "SYR", "036", "met"),
        event("c", 10, "IRN", "SYR", "036", "met")));
    assertThat(clusters).containsEntry("b", "a").containsEntry("c", "c");
  }

  @Test
  void undatedEventsStandAlone() {
    ClusterCandidate undated = new ClusterCandidate("u", "d", "o", null, "IRN", "SYR", "036", "met", "");
    Map<String, String> clusters = clusterer.cluster(List.of(event("a", 0, "IRN", "SYR", "036", "met"), undated));
    assertThat(clusters).containsEntry("u", "u").containsEntry("a", "a");
  }

  @Test
  void theInputOrderDoesNotMatter() {
    List<ClusterCandidate> events = new ArrayList<>(List.of(event("a", 0, "IRN", "SAU", "0841", "x"),
        event("b", 3, "IRN", "SAU", "0841", "y"), event("c", 9, "IRN", "SAU", "0841", "z"),
        event("d", 2, "IRNGOV", "SAU", "0842", "x y"), event("e", 0, "SAU", "IRN", "0841", "x")));
    Map<String, String> first = clusterer.cluster(events);
    for (long seed = 0; seed < 20; seed++) {
      Collections.shuffle(events, new java.util.Random(seed));
      assertThat(clusterer.cluster(events)).isEqualTo(first);
    }
  }

  @Test
  void clusteringEachBlockAloneGivesTheClustersOfOneRunOverAll() {
    List<ClusterCandidate> events = List.of(event("a", 0, "IRN", "SAU", "0841", "deported"),
        event("b", 3, "IRNMIL", "SAU", "0841", "returned"), event("c", 9, "IRN", "SAU", "0842", "deported"),
        event("d", 2, "IRN", "SAUGOV", "0842", "deported militants"), event("e", 0, "SAU", "IRN", "0841", "deported"),
        event("f", 1, "AFGREB", "SAU", "0841", "deported"), event("g", 1, "AFG", "SAU", "0841", "deported"));
    Map<String, List<ClusterCandidate>> blocks = new java.util.TreeMap<>();
    events.forEach(event -> blocks.computeIfAbsent(EventClusterer.blockingKey(event), k -> new ArrayList<>()).add(event));
    Map<String, String> blockByBlock = new java.util.HashMap<>();
    blocks.values().forEach(block -> blockByBlock.putAll(clusterer.cluster(block)));

    assertThat(blocks).hasSize(4);
    assertThat(blockByBlock).isEqualTo(clusterer.cluster(events)).containsEntry("d", "a");
  }

  @Test
  void rejectsNegativeSettings() {
    assertThatThrownBy(() -> new EventClusterer(-1, 0.5)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new EventClusterer(1, -0.5)).isInstanceOf(IllegalArgumentException.class);
  }
}
