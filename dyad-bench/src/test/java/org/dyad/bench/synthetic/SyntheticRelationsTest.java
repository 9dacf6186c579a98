package org.dyad.bench.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import org.dyad.core.analysis.NetworkQuery;
import org.dyad.store.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticRelationsTest {

  @TempDir Path dir;

  @Test
  void actorCodesAreThreeLetters() {
    assertThat(SyntheticRelations.actor(0)).isEqualTo("AAA");
    assertThat(SyntheticRelations.actor(27)).isEqualTo("ABB");
    assertThat(SyntheticRelations.actor(SyntheticRelations.ACTORS - 1)).matches("[A-Z]{3}");
  }

  @Test
  void eventsComeInClustersOfTwoAndTheYearlyTiesAddUp() throws Exception {
    try (Workspace workspace = Workspace.open(dir.resolve("ws"), "test")) {
      SyntheticRelations.generate(workspace, 2_000);
      assertThat(workspace.events().count()).isEqualTo(2_000);
      try (Statement statement = workspace.database().connection().createStatement();
          ResultSet rows = statement.executeQuery("SELECT count(*), count(DISTINCT cluster), max(mentions),"
              + " (SELECT sum(clusters) FROM tie_years), (SELECT count(*) FROM clustered_events WHERE source_actor <> target_actor)"
              + " FROM clustered_events")) {
        rows.next();
        assertThat(rows.getLong(1)).isEqualTo(2_000);
        assertThat(rows.getLong(2)).isEqualTo(1_000);
        assertThat(rows.getInt(3)).isEqualTo(2);
        assertThat(rows.getLong(4) * 2).as("every tie's clusters, two reports each").isEqualTo(rows.getLong(5));
      }
      assertThat(workspace.clusters().unrated()).as("every cluster has its confidence").isFalse();
      long ties = workspace.relations().ties(new NetworkQuery(null, null, 1, false)).stream().mapToLong(t -> t.clusters()).sum();
      assertThat(ties).isGreaterThan(0).isLessThanOrEqualTo(1_000);
    }
  }
}
