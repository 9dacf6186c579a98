package org.dyad.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dyad.core.search.SearchRequest;
import org.dyad.store.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalWorkspaceTest {

  @TempDir Path dir;

  @Test
  void aMissingWorkspaceIsRefusedUnlessTheCommandCreatesOne() throws Exception {
    try (LocalWorkspace status = LocalWorkspace.at(dir.resolve("none"), "dyad status", false)) {
      assertThatThrownBy(() -> status.status(false)).hasMessage("no workspace at " + dir.resolve("none") + ": run 'dyad ingest PATH' first");
    }
    assertThat(Files.exists(dir.resolve("none"))).isFalse();
  }

  @Test
  void searchingReadsTheIndexBesideTheWriterWithoutTakingTheLock() throws Exception {
    Path root = dir.resolve("ws");
    Path corpus = Files.createDirectories(dir.resolve("corpus/wire"));
    Files.writeString(corpus.resolve("2003-03-03-talks.txt"), "Oman hosted Brindlewick talks on March 3, 2003.");
    List<PipelineListener.Phase> phases = new ArrayList<>();
    PipelineListener listener = new PipelineListener() {
      @Override
      public void phase(Phase phase) {
        phases.add(phase);
      }
    };
    try (LocalWorkspace writer = LocalWorkspace.at(root, "dyad ingest", true)) {
      PipelineRun run = writer.ingest(new IngestRequest(List.of(corpus.toString()), null, null, null, null, null, null, false, 1), listener);
      assertThat(run.report().ingested()).isEqualTo(1);
      assertThat(run.report().annotated()).as("annotation was not asked for").isNull();
      assertThat(phases).containsExactly(PipelineListener.Phase.INGEST);

      try (LocalWorkspace reader = LocalWorkspace.at(root, "dyad search", false)) {
        assertThat(reader.search(SearchRequest.of("Brindlewick")).total()).isEqualTo(1);
      }
      assertThat(writer.status(true).status().documents()).isEqualTo(1);
      assertThat(writer.status(false).failures()).isNull();
    }
  }

  @Test
  void overAnOpenWorkspaceLeavesItOpen() throws Exception {
    try (Workspace workspace = Workspace.open(dir.resolve("ws"), "test")) {
      LocalWorkspace.over(workspace).close();
      assertThat(workspace.catalogue().status().documents()).isZero();
      assertThat(LocalWorkspace.over(workspace).describe()).isEqualTo(workspace.root().toString());
    }
  }
}
