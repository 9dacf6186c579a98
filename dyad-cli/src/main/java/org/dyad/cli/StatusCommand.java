package org.dyad.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.dyad.core.json.DyadJson;
import org.dyad.core.model.IngestFailure;
import org.dyad.core.search.FacetCount;
import org.dyad.core.store.WorkspaceStatus;
import org.dyad.pipeline.WorkspaceAccess;
import org.dyad.pipeline.WorkspaceReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code dyad status}: counts per stage, and the failures. */
@Command(name = "status", description = "Show counts per pipeline stage and the files that failed.")
final class StatusCommand implements Callable<Integer> {

  @ParentCommand DyadCli dyad;
  @Spec CommandSpec spec;

  @Option(names = "--failures", description = "List every failed file with its reason.")
  boolean listFailures;

  @Option(names = "--json", description = "Print the status (and failures) as JSON.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    WorkspaceReport report;
    try (WorkspaceAccess workspace = OpenWorkspace.access(dyad, "dyad status", false)) {
      report = workspace.status(true);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(DyadJson.write(listFailures ? report : report.withoutFailures()));
      return 0;
    }
    print(report.workspace(), report.status(), out);
    List<IngestFailure> failures = report.failures();
    if (listFailures) {
      out.println();
      if (failures.isEmpty()) {
        out.println("No failures.");
      }
      for (IngestFailure failure : failures) {
        out.printf("%-8s %s: %s%n", failure.stage().name().toLowerCase(java.util.Locale.ROOT), failure.path(), failure.reason());
      }
    } else if (!failures.isEmpty()) {
      out.println("('dyad status --failures' lists the failed files)");
    }
    return 0;
  }

  static void print(String workspace, WorkspaceStatus status, PrintWriter out) {
    out.println("workspace: " + workspace);
    out.printf("documents: %,d extracted, %,d indexed (%.1f MB of originals)%n",
        status.documents(), status.indexed(), status.bytes() / 1e6);
    out.printf("failures:  %,d%n", status.failures());
    if (status.firstDate() != null) {
      out.printf("dates:     %s to %s%n", status.firstDate(), status.lastDate());
    }
    if (!status.outlets().isEmpty()) {
      StringBuilder outlets = new StringBuilder();
      for (FacetCount outlet : status.outlets().subList(0, Math.min(8, status.outlets().size()))) {
        outlets.append(outlets.isEmpty() ? "" : ", ").append(outlet.value()).append(" (").append(outlet.count()).append(')');
      }
      out.println("outlets:   " + outlets);
    }
  }
}
