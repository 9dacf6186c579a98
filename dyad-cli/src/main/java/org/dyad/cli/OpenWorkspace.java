package org.dyad.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.dyad.pipeline.LocalWorkspace;
import org.dyad.pipeline.WorkspaceAccess;
import org.dyad.server.ServedWorkspace;

/**
 * Reaches the workspace a command names: through the running {@code dyad serve} that holds it, if
 * there is one (DuckDB admits one writing process), else directly.
 */
final class OpenWorkspace {

  private OpenWorkspace() {}

  /**
   * @param command what this process is doing, named to any other process that finds it busy
   * @param create create the workspace if absent (ingest) rather than refuse
   */
  static WorkspaceAccess access(DyadCli dyad, String command, boolean create) throws IOException {
    Path root = dyad.workspace();
    Optional<ServedWorkspace> served = ServedWorkspace.find(root);
    if (served.isPresent()) {
      return served.get();
    }
    return LocalWorkspace.at(root, command, create);
  }
}
