package org.dyad.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dyad.analysis.cluster.PairwiseAgreement;
import org.dyad.analysis.relate.DyadRelation;
import org.dyad.analysis.relate.Relation;
import org.dyad.core.analysis.DyadQuery;
import org.dyad.core.analysis.PeriodCounts;
import org.dyad.nlp.eval.AnswerKey;
import org.dyad.nlp.eval.ExpectedVerdict;
import org.dyad.store.Workspace;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The relate pipeline — store, cluster stage, SQL series, trend, verdict — on the sample corpus
 * answer key's own events must reproduce the key's five verdict lines.
 */
class AnswerKeyEventsTest {

  private static final Path KEY = Path.of("../sample-corpus/expected.jsonl");

  @TempDir static Path dir;
  static AnswerKey key;
  static List<Relation> relations;

  @BeforeAll
  static void relateTheKeysDyads() throws Exception {
    Assumptions.assumeTrue(Files.isRegularFile(KEY), KEY.toAbsolutePath().normalize() + " is absent: skipped");
    key = AnswerKey.read(KEY);
    AnswerKeyEvents events = new AnswerKeyEvents(key);
    try (Workspace workspace = Workspace.open(dir.resolve("ws"), "test")) {
      events.store(workspace);
      ClusterStageRun.run(workspace);
      DyadRelation relate = new DyadRelation(workspace.relations());
      relations = key.verdicts().stream().map(verdict -> {
        try {
          return relate.relate(DyadQuery.yearly(verdict.dyad().get(0), verdict.dyad().get(1)), 2);
        } catch (java.io.IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }).toList();
    }
  }

  @Test
  void reproducesEveryVerdictLineOfTheKey() {
    assertThat(key.verdicts()).hasSize(5);
    for (int i = 0; i < key.verdicts().size(); i++) {
      ExpectedVerdict expected = key.verdicts().get(i);
      Relation relation = relations.get(i);
      String dyad = String.join("–", expected.dyad());
      assertThat(relation.verdict().word()).as(dyad).isEqualTo(expected.verdict());
      assertThat(relation.trend().counted()).as(dyad + " clusters").isEqualTo(expected.clusters());
      assertThat(relation.trend().periods()).as(dyad + " years").isEqualTo(expected.periods());
      if (expected.slope() != null) {
        assertThat(relation.trend().slope()).as(dyad + " slope").isCloseTo(expected.slope(), within(5e-5));
        assertThat(relation.trend().mannKendallS()).as(dyad + " S").isEqualTo(expected.mannKendallS().longValue());
        assertThat(relation.trend().pValue()).as(dyad + " p").isCloseTo(expected.pValue(), within(5e-4));
      }
    }
  }

  @Test
  void theSeriesHasTheKeysNetCooperationPerYear() {
    Relation usaPak = relations.get(1);
    assertThat(usaPak.series()).extracting(PeriodCounts::period).startsWith("2001").endsWith("2012");
    assertThat(usaPak.series().get(6).netCoop()).as("2007").isCloseTo(-0.3333, within(1e-4));
    assertThat(usaPak.series().get(10).netCoop()).as("2011").isCloseTo(-0.75, within(1e-4));
  }

  @Test
  void clusteringTheKeysEventsFindsTheKeysClusters() {
    AnswerKeyEvents events = new AnswerKeyEvents(key);
    PairwiseAgreement.PairScore score = new ClusterEvaluationRun(7).onGold(key);
    assertThat(score.items()).isEqualTo(events.events().size());
    assertThat(score.precision()).isEqualTo(1.0);
    assertThat(score.recall()).isEqualTo(1.0);
  }
}
