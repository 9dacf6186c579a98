package org.dyad.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dyad.core.json.DyadJson;
import org.dyad.core.sanctions.NameQuery;
import org.dyad.core.sanctions.SanctionsCandidate;
import org.dyad.core.sanctions.ScoreFeature;
import org.dyad.sanctions.eval.MatcherEvaluation;
import org.dyad.sanctions.match.ListMatcher;
import org.dyad.sanctions.match.RankedCandidates;
import org.dyad.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code dyad sanctions match NAME}: the listed entities a name may be, ranked, with how each score was reached. */
@Command(name = "match", description = "Rank the listed entities a name may refer to, with each feature's contribution to the score.")
final class SanctionsMatchCommand implements Callable<Integer> {

  @ParentCommand SanctionsCommand sanctions;
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "NAME", description = "The name, in any script and word order.")
  String name;

  @Option(names = "--dob", paramLabel = "YEAR", description = "Year of birth: agreeing raises the score, differing lowers it.")
  Integer birthYear;

  @Option(names = "--country", paramLabel = "CODE", description = "ISO country code (IR, SY) of a nationality or residence.")
  String country;

  @Option(names = "--limit", paramLabel = "N", description = "At most N candidates (default: 10).")
  int limit = 10;

  @Option(names = "--min-score", paramLabel = "S",
      description = "Lowest score shown (default: 0.5; the evaluated match threshold is " + MatcherEvaluation.THRESHOLD + ").")
  double minScore = 0.5;

  @Option(names = "--json", description = "Print {\"candidates\":[{entity, name, matched_name, score, explanation}]}.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    if (limit < 1 || limit > 1000) {
      throw new IllegalArgumentException("--limit must be between 1 and 1000, got " + limit);
    }
    if (!(minScore >= 0 && minScore <= 1)) {
      throw new IllegalArgumentException("--min-score must be between 0 and 1, got " + minScore);
    }
    NameQuery query = new NameQuery(name, birthYear, country);
    List<SanctionsCandidate> candidates;
    try (Workspace workspace = ActorsCommand.openExisting(sanctions.dyad, "dyad sanctions match")) {
      ListMatcher matcher = SanctionsCommand.matcher(workspace.sanctions());
      candidates = matcher.match(query, limit, minScore);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(DyadJson.write(RankedCandidates.of(candidates)));
      return 0;
    }
    if (candidates.isEmpty()) {
      out.printf("No listed entity scores %.2f or more for '%s'.%n", minScore, Terminal.clip(name, 60));
      return 0;
    }
    out.printf("%-8s %-6s %-40s %s%n", "ENTITY", "SCORE", "NAME", "MATCHED NAME");
    for (SanctionsCandidate candidate : candidates) {
      out.printf("%-8d %-6.3f %-40s %s%n", candidate.entity(), candidate.score(), Terminal.clip(candidate.name(), 40),
          Terminal.clip(candidate.matchedName(), 50));
      out.println("         " + Terminal.clip(explain(candidate.explanation()), 160));
    }
    return 0;
  }

  static String explain(List<ScoreFeature> features) {
    StringBuilder line = new StringBuilder();
    for (ScoreFeature feature : features) {
      line.append(line.isEmpty() ? "" : "; ").append(feature.detail())
          .append(String.format(Locale.ROOT, " (%+.3f)", feature.contribution()));
    }
    return line.toString();
  }
}
