package org.dyad.cli;

import java.util.concurrent.Callable;
import org.dyad.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code dyad init}: creates an empty workspace. */
@Command(name = "init", description = "Create a workspace (other commands create it on demand).")
final class InitCommand implements Callable<Integer> {

  @ParentCommand DyadCli dyad;
  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    boolean existed = Workspace.exists(dyad.workspace());
    try (Workspace workspace = Workspace.open(dyad.workspace(), "dyad init")) {
      spec.commandLine().getOut().printf("%s workspace %s (schema version %d)%n",
          existed ? "Opened existing" : "Created", workspace.root(), workspace.schemaVersion());
    }
    return 0;
  }
}
