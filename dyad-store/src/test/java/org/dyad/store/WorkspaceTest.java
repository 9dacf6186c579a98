package org.dyad.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceTest {

  @TempDir Path dir;

  @Test
  void createsTheLayoutOnFirstOpen() throws Exception {
    try (Workspace workspace = Workspace.open(dir.resolve("ws"), "test")) {
      assertThat(workspace.schemaVersion()).isEqualTo(SchemaMigrations.SCRIPTS.size());
      assertThat(workspace.events().count()).isZero();
    }
    assertThat(dir.resolve("ws/dyad.duckdb")).isRegularFile();
    assertThat(dir.resolve("ws/index")).isDirectory();
    assertThat(dir.resolve("ws/blobs")).isDirectory();
    assertThat(Workspace.exists(dir.resolve("ws"))).isTrue();
    assertThat(Workspace.exists(dir)).isFalse();
  }

  @Test
  void aSecondOpeningIsRefusedWithTheHoldersName() throws Exception {
    try (Workspace first = Workspace.open(dir.resolve("ws"), "dyad ingest")) {
      assertThatThrownBy(() -> Workspace.open(dir.resolve("ws"), "dyad status"))
          .isInstanceOf(WorkspaceLock.WorkspaceBusyException.class)
          .hasMessageContaining("in use by process " + ProcessHandle.current().pid() + " (dyad ingest");
    }
    try (Workspace again = Workspace.open(dir.resolve("ws"), "dyad status")) {
      assertThat(again.root()).isEqualTo(dir.resolve("ws"));
    }
  }

  @Test
  void theLockRecordsAServersPort() throws Exception {
    try (Workspace workspace = Workspace.open(dir.resolve("ws"), "dyad serve")) {
      workspace.lock().recordPort(7070);
      assertThat(WorkspaceLock.holder(dir.resolve("ws"))).get().extracting(WorkspaceLock.Holder::port).isEqualTo(7070);
    }
  }
}
