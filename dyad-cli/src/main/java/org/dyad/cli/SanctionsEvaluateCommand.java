package org.dyad.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dyad.core.json.DyadJson;
import org.dyad.core.sanctions.SanctionsList;
import org.dyad.sanctions.eval.MatcherEvaluation;
import org.dyad.sanctions.match.ListMatcher;
import org.dyad.sanctions.read.ListFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dyad sanctions evaluate PATH}: the name matcher's recall and false-positive rate on a list with aliases. */
@Command(name = "evaluate", description = "Evaluate the name matcher on a list (needs its aliases: the OFAC CSV set with"
    + " alt.csv): recall@1, recall@5 per query family and the false-positive rate at the fixed threshold.")
final class SanctionsEvaluateCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "PATH", description = "The list folder or file.")
  Path path;

  @Option(names = "--per-family", paramLabel = "N", description = "Generated queries per perturbation family (default: 250).")
  int perFamily = 250;

  @Option(names = "--negatives", paramLabel = "N", description = "Names not on the list (default: 2000).")
  int negatives = 2000;

  @Option(names = "--seed", paramLabel = "N", description = "Seed of the query generator (default: 7).")
  long seed = 7;

  @Option(names = "--json", description = "Print the report as JSON.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    if (perFamily < 1 || negatives < 1) {
      throw new IllegalArgumentException("--per-family and --negatives must be >= 1");
    }
    SanctionsList list = ListFiles.read(path);
    MatcherEvaluation.Report report = MatcherEvaluation.run(list.entities(), new ListMatcher(list.entities()), perFamily,
        negatives, seed);
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(DyadJson.write(report));
      return 0;
    }
    out.printf("Threshold %.2f, seed %d, %s%n", report.threshold(), seed, list.source());
    out.printf("%-16s %8s %9s %9s%n", "FAMILY", "QUERIES", "RECALL@1", "RECALL@5");
    for (MatcherEvaluation.FamilyScore family : report.families()) {
      out.printf("%-16s %8d %9.3f %9.3f%n", family.family(), family.queries(), family.recallAt1(), family.recallAt5());
    }
    out.printf("False positives: %d of %d names not on the list (%.2f %%)%n", report.falsePositives(), report.negatives(),
        100 * report.falsePositiveRate());
    report.misses().forEach(miss -> out.println("  missed: " + Terminal.clip(miss.query().text(), 60) + " ("
        + miss.query().family() + ", from " + Terminal.clip(miss.query().source(), 50) + ") -> " + miss.top()));
    report.falseAlarms().forEach(alarm -> out.println("  false positive: " + Terminal.clip(alarm.query().text(), 60)
        + " -> " + alarm.top()));
    return 0;
  }
}
