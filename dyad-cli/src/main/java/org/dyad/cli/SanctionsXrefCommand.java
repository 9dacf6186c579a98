package org.dyad.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.dyad.core.json.DyadJson;
import org.dyad.core.sanctions.XrefMatch;
import org.dyad.sanctions.eval.MatcherEvaluation;
import org.dyad.sanctions.xref.CrossReference;
import org.dyad.sanctions.xref.XrefListing;
import org.dyad.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code dyad sanctions xref}: the workspace's people and organisations that match the imported list. */
@Command(name = "xref", description = "Match every resolved and unresolved person and organisation in the workspace"
    + " against the imported list; each match names the entity, the mention, its document and sentence.")
final class SanctionsXrefCommand implements Callable<Integer> {

  @ParentCommand SanctionsCommand sanctions;
  @Spec CommandSpec spec;

  @Option(names = "--threshold", paramLabel = "S",
      description = "Score a name needs (default: " + MatcherEvaluation.THRESHOLD + ", the evaluated threshold).")
  double threshold = MatcherEvaluation.THRESHOLD;

  @Option(names = "--all", description = "Also show matches judged not-a-match.")
  boolean all;

  @Option(names = "--limit", paramLabel = "N", description = "Show at most N matches in the table (default: 50).")
  int limit = 50;

  @Option(names = "--threads", paramLabel = "N", description = "Matching threads (default: the number of cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--json", description = "Print {matches:[{entity, entity_name, matched_name, score, mention, origin,"
      + " doc, title, sentence, sentence_text, start, end, judgement, explanation}], total, occurrences, spellings, dismissed}.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    if (limit < 1 || threads < 1 || threads > 256) {
      throw new IllegalArgumentException("--limit must be >= 1 and --threads between 1 and 256");
    }
    CrossReference.Report report;
    XrefListing listing = null;
    try (Workspace workspace = ActorsCommand.openExisting(sanctions.dyad, "dyad sanctions xref")) {
      CrossReference xref = new CrossReference(SanctionsCommand.matcher(workspace.sanctions()), threshold, all, threads);
      report = xref.run(workspace.sanctions());
      if (json) {
        listing = XrefListing.of(report, XrefListing.DocumentTitles.of(workspace.catalogue()));
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(DyadJson.write(listing));
      return 0;
    }
    out.printf("Checked %,d names (%,d spellings): %,d matches at %.2f or more, %,d judged not a match hidden.%n",
        report.occurrences(), report.spellings(), report.matches().size(), threshold, report.dismissed());
    if (report.occurrences() == 0) {
      out.println("No people or organisations stored: 'dyad ingest' resolves actors, 'dyad actors --discover' finds other names.");
    }
    for (XrefMatch match : report.matches().subList(0, Math.min(limit, report.matches().size()))) {
      out.printf("%-8d %.3f %-12s '%s' ~ %s  [%s #%d]%n", match.entity(), match.score(),
          match.judgement() == null ? "" : match.judgement().word(), Terminal.clip(match.mention(), 40),
          Terminal.clip(match.matchedName(), 40), match.doc().substring(0, Math.min(12, match.doc().length())), match.sentence());
      out.println("         " + Terminal.clip(match.sentenceText(), 150));
    }
    if (report.matches().size() > limit) {
      out.printf("... %,d more (--limit, --json)%n", report.matches().size() - limit);
    }
    if (!report.matches().isEmpty()) {
      out.println("Record a verdict with: dyad sanctions judge ENTITY NAME match|not-a-match|unsure");
    }
    return 0;
  }
}
