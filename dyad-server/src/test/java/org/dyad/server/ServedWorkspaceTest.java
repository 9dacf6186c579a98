package org.dyad.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dyad.core.event.EventQuery;
import org.dyad.core.json.DyadJson;
import org.dyad.core.search.SearchRequest;
import org.dyad.pipeline.IngestRequest;
import org.dyad.pipeline.LocalWorkspace;
import org.dyad.pipeline.PipelineListener;
import org.dyad.pipeline.PipelineRun;
import org.dyad.pipeline.WorkspaceAccess;
import org.dyad.store.Workspace;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServedWorkspaceTest {

  @TempDir static Path dir;
  static ServedSample served;
  static ServedWorkspace client;
  static WorkspaceAccess local;

  @BeforeAll
  static void serve() throws Exception {
    served = ServedSample.start(dir);
    client = ServedWorkspace.find(served.workspace.root()).orElseThrow();
    local = LocalWorkspace.over(served.workspace);
  }

  @AfterAll
  static void stop() throws Exception {
    client.close();
    served.close();
  }

  @Test
  void findsTheServerHoldingTheWorkspaceAndNoneElsewhere() throws Exception {
    assertThat(client.describe()).isEqualTo("the Dyad server at http://127.0.0.1:" + served.server.port());
    Path unserved = Files.createDirectories(dir.resolve("unserved"));
    try (Workspace other = Workspace.open(unserved, "test")) {
      assertThat(ServedWorkspace.find(other.root())).isEmpty();
    }
    assertThat(ServedWorkspace.find(dir.resolve("never-a-workspace"))).isEmpty();
  }

  @Test
  void answersAsTheWorkspaceItselfWould() throws Exception {
    SearchRequest search = new SearchRequest("al-Qaeda", null, null, null, 10);
    assertThat(client.search(search)).isEqualTo(local.search(search));
    assertThat(client.status(true)).isEqualTo(local.status(true));
    assertThat(client.status(false).failures()).isNull();
    EventQuery events = new EventQuery("IRN", null, null, null, null, 10);
    assertThat(client.events(events)).isEqualTo(local.events(events)).hasSize(1);
    assertThat(client.actors(10)).isEqualTo(local.actors(10)).hasSize(3);
    assertThat(client.unresolvedNames(10)).isEqualTo(local.unresolvedNames(10));
  }

  @Test
  void aBadRequestComesBackAsTheServersOneLine() {
    assertThatThrownBy(() -> client.search(new SearchRequest("\"unclosed", null, null, null, 10)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining("\n");
  }

  @Test
  void ingestsThroughTheServerAndWaitsForTheRun() throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("corpus/notes"));
    Files.writeString(corpus.resolve("2004-05-06-visit.txt"), "Qatar received a Glimmerish delegation on May 6, 2004.");
    List<PipelineListener.Phase> phases = new java.util.ArrayList<>();

    PipelineRun run = client.ingest(new IngestRequest(List.of(corpus.toString()), null, null, null, null, null, null, false, 1),
        new PipelineListener() {
          @Override
          public void phase(Phase phase) {
            phases.add(phase);
          }
        });

    assertThat(run.report().ingested()).isEqualTo(1);
    assertThat(run.report().annotated()).isNull();
    assertThat(phases).containsExactly(PipelineListener.Phase.INGEST);
    assertThat(DyadJson.write(client.search(SearchRequest.of("Glimmerish")))).contains("\"total\":1");
  }
}
