package org.dyad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Path;
import org.dyad.analysis.cluster.PairwiseAgreement.PairScore;
import org.dyad.nlp.eval.AnswerKey;
import org.dyad.store.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClusterEvaluationRunTest {

  @TempDir Path dir;

  @Test
  void codedEventsThatAreTheKeysOwnScorePerfectlyAndAZeroWindowSplitsDayApartReports() throws Exception {
    AnswerKey key = AnswerKey.read(new StringReader(AnalysisWorkspace.key()), "key");
    Path root = AnalysisWorkspace.create(dir.resolve("ws"));
    try (Workspace workspace = Workspace.open(root, "test")) {
      PairScore same = new ClusterEvaluationRun(7).onCoded(key, workspace);
      assertThat(same.items()).isEqualTo(33);
      assertThat(same.precision()).isEqualTo(1.0);
      assertThat(same.recall()).isEqualTo(1.0);
    }
    // The key's reports of one event share a date, so even a zero window keeps them together.
    PairScore gold = new ClusterEvaluationRun(0).onGold(key);
    assertThat(gold.goldPairs()).isEqualTo(16);
    assertThat(gold.recall()).isEqualTo(1.0);
  }
}
