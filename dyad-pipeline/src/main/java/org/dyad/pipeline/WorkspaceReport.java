package org.dyad.pipeline;

import java.util.List;
import org.dyad.core.model.IngestFailure;
import org.dyad.core.store.WorkspaceStatus;

/**
 * A workspace's counts per stage, in the JSON form {@code dyad status --json} prints and {@code
 * /api/status} returns.
 *
 * @param workspace the workspace folder
 * @param schema_version the database schema version
 * @param failures the files that failed, or null when not asked for
 */
public record WorkspaceReport(String workspace, int schema_version, WorkspaceStatus status, List<IngestFailure> failures) {

  public WorkspaceReport {
    java.util.Objects.requireNonNull(workspace, "workspace");
    java.util.Objects.requireNonNull(status, "status");
    failures = failures == null ? null : List.copyOf(failures);
  }

  /** The same report without the failures. */
  public WorkspaceReport withoutFailures() {
    return new WorkspaceReport(workspace, schema_version, status, null);
  }
}
