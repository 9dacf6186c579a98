package org.dyad.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.dyad.core.json.DyadJson;
import org.dyad.core.model.Span;
import org.dyad.core.search.SearchHit;
import org.dyad.core.search.SearchRequest;
import org.dyad.core.search.SearchResults;
import org.dyad.core.search.Snippet;
import org.dyad.pipeline.WorkspaceAccess;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code dyad search QUERY}: full-text search with highlighted snippets. */
@Command(name = "search", description = "Search the documents (Lucene syntax: AND OR NOT, \"phrases\", wild*, fuzzy~).")
final class SearchCommand implements Callable<Integer> {

  @ParentCommand DyadCli dyad;
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "QUERY", description = "The query; several words are joined with spaces.")
  java.util.List<String> words;

  @Option(names = "--from", paramLabel = "DATE", description = "Earliest document date (yyyy-mm-dd).")
  LocalDate from;

  @Option(names = "--to", paramLabel = "DATE", description = "Latest document date (yyyy-mm-dd).")
  LocalDate to;

  @Option(names = "--outlet", description = "Only documents from this outlet.")
  String outlet;

  @Option(names = "--limit", defaultValue = "10", description = "How many results (1-1000, default 10).")
  int limit;

  @Option(names = "--json", description = "Print {\"total\",\"results\":[…]} as JSON.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    SearchRequest request = new SearchRequest(String.join(" ", words), from, to, outlet, limit);
    SearchResults results;
    try (WorkspaceAccess workspace = OpenWorkspace.access(dyad, "dyad search", false)) {
      results = workspace.search(request);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(DyadJson.write(results));
    } else {
      print(request, results, out, Terminal.isTerminal());
    }
    return 0;
  }

  static void print(SearchRequest request, SearchResults results, PrintWriter out, boolean ansi) {
    out.printf("%,d documents match %s (showing %d)%n", results.total(), request.query(), results.results().size());
    int rank = 0;
    for (SearchHit hit : results.results()) {
      out.printf("%n%d. %s%n", ++rank, hit.title());
      out.printf("   %s · %s · %s · doc %s · score %.2f%n", hit.outlet(), hit.date() == null ? "undated" : hit.date(),
          hit.file(), hit.doc().substring(0, 12), hit.score());
      for (Snippet snippet : hit.snippets()) {
        out.println("   … " + mark(snippet, ansi) + " …");
      }
    }
  }

  static String mark(Snippet snippet, boolean ansi) {
    StringBuilder marked = new StringBuilder();
    int at = 0;
    String text = snippet.text();
    for (Span span : snippet.highlights()) {
      if (span.start() < at) {
        continue;
      }
      marked.append(Terminal.printable(text.substring(at, span.start())));
      String word = Terminal.printable(text.substring(span.start(), span.end()));
      marked.append(ansi ? "\u001b[1;33m" + word + "\u001b[0m" : "[" + word + "]");
      at = span.end();
    }
    marked.append(Terminal.printable(text.substring(at)));
    return marked.toString().replaceAll("\\s+", " ").strip();
  }
}
