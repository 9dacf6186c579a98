package org.dyad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.dyad.core.evidence.AdmiraltyGrade;
import org.dyad.core.model.Document;
import org.dyad.pipeline.WorkspacePipeline;
import org.dyad.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code dyad grade OUTLET|DOC GRADE}: the NATO Admiralty grade of an outlet (every document it
 * published that has no grade of its own) or of one document; without arguments, the grades given.
 */
@Command(name = "grade", description = "Grade an outlet or a document A1-F6 (NATO Admiralty: source reliability A-F,"
    + " information credibility 1-6); with no arguments, list the grades.")
final class GradeCommand implements Callable<Integer> {

  @ParentCommand DyadCli dyad;
  @Spec CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "OUTLET|DOC", description = "An outlet name, or a document id or its prefix.")
  String target;

  @Parameters(index = "1", arity = "0..1", paramLabel = "GRADE", description = "Such as B2.")
  String grade;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    if (target != null && grade == null) {
      throw new IllegalArgumentException("give a grade after " + target + ", such as B2");
    }
    AdmiraltyGrade parsed = grade == null ? null : AdmiraltyGrade.parse(grade);
    try (Workspace workspace = ActorsCommand.openExisting(dyad, "dyad grade")) {
      if (target == null) {
        Map<String, AdmiraltyGrade> outlets = workspace.grades().outletGrades();
        if (outlets.isEmpty()) {
          out.println("No outlet is graded.");
        }
        outlets.forEach((outlet, given) -> out.printf("%-28s %s  (%s; %s)%n", outlet, given,
            given.reliability().meaning(), given.credibility().meaning()));
        return 0;
      }
      if (workspace.grades().gradeOutlet(target, parsed)) {
        out.printf("Graded outlet %s %s (%s; %s)%n", target, parsed, parsed.reliability().meaning(),
            parsed.credibility().meaning());
        rerate(workspace, out);
        return 0;
      }
      Optional<Document> document = target.matches("[0-9a-f]{6,64}")
          ? workspace.catalogue().documentByPrefix(target) : Optional.empty();
      if (document.isEmpty()) {
        throw new IllegalArgumentException("no outlet or document called " + target
            + "; 'dyad status' lists outlets, 'dyad search' shows document ids");
      }
      workspace.grades().gradeDocument(document.get().id(), parsed);
      out.printf("Graded document %s (%s) %s%n", document.get().id().substring(0, 12), document.get().title(), parsed);
      rerate(workspace, out);
    }
    return 0;
  }

  /** Grades weigh in every cluster's confidence, so each grade given rates the clusters again. */
  private static void rerate(Workspace workspace, PrintWriter out) throws IOException {
    if (!workspace.clusters().unclustered()) {
      out.printf("Rated the confidence of %,d event clusters%n", WorkspacePipeline.rateClusters(workspace));
    }
  }
}
