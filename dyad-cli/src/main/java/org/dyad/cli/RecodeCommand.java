package org.dyad.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dyad.core.store.AnnotationStore;
import org.dyad.nlp.annotate.Reresolution;
import org.dyad.nlp.coding.CodingStage;
import org.dyad.nlp.resolve.OfficeLookup;
import org.dyad.nlp.resolve.WorkspaceResolver;
import org.dyad.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code dyad recode}: after a dictionary change, resolves the stored sentences' actors again and
 * codes every annotated document again, from the stored parses: nothing is parsed again except a
 * sentence that only now names two actors.
 */
@Command(name = "recode", description = "Re-resolve actors and re-code every stored sentence after a dictionary change, without parsing again.")
final class RecodeCommand implements Callable<Integer> {

  @ParentCommand DyadCli dyad;
  @Spec CommandSpec spec;

  @Option(names = "--verbs", paramLabel = "FILE", description = "A PETRARCH-2 verb dictionary instead of Dyad's own.")
  Path verbs;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    try (Workspace workspace = ActorsCommand.openExisting(dyad, "dyad recode")) {
      long start = System.nanoTime();
      AnnotationStore annotations = workspace.annotations();
      long mentions = Reresolution.run(workspace.catalogue(), annotations, WorkspaceResolver.of(annotations, OfficeLookup.defaults()));
      out.printf("Re-resolved actors: %,d mentions%n", mentions);
      CodingStage.Report report = CodeStageRun.run(workspace, verbs, true, System.err);
      CodeStageRun.printSummary(report, (System.nanoTime() - start) / 1e9, out);
      ClusterStageRun.printSummary(ClusterStageRun.run(workspace), out);
      if (report.parsedNow() > 0) {
        out.printf("%,d sentences that now name two actors were parsed%n", report.parsedNow());
      }
    }
    return 0;
  }
}
