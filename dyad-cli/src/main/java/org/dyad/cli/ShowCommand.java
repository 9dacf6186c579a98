package org.dyad.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.dyad.core.json.DyadJson;
import org.dyad.core.model.Document;
import org.dyad.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code dyad show DOC}: one document's metadata and text. */
@Command(name = "show", description = "Print a document's metadata and text.")
final class ShowCommand implements Callable<Integer> {

  @ParentCommand DyadCli dyad;
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "DOC", description = "Document id, or a unique prefix of at least 6 hex digits.")
  String id;

  @Option(names = "--json", description = "Print {\"document\":{…},\"text\":\"…\"} as JSON.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    try (Workspace workspace = Workspace.open(dyad.workspace(), "dyad show")) {
      Document document = workspace.catalogue().documentByPrefix(id.toLowerCase(java.util.Locale.ROOT))
          .orElseThrow(() -> new IllegalArgumentException("no document with id " + id + " in " + workspace.root()));
      String text = workspace.catalogue().text(document.id()).orElse("");
      PrintWriter out = spec.commandLine().getOut();
      if (json) {
        out.println(DyadJson.write(new Shown(document, text)));
        return 0;
      }
      out.println("id:        " + document.id());
      out.println("title:     " + Terminal.printable(document.title()));
      out.println("outlet:    " + document.outlet());
      out.println("date:      " + (document.date() == null ? "unknown" : document.date() + " (from " + document.dateSource().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ")"));
      out.println("author:    " + (document.author() == null ? "" : Terminal.printable(document.author())));
      out.println("language:  " + (document.language() == null ? "unknown" : document.language()));
      out.println("type:      " + document.mimeType());
      out.println("path:      " + document.path());
      out.printf("size:      %,d bytes%n", document.size());
      if (document.grade() != null) {
        out.println("grade:     " + document.grade());
      }
      out.println();
      out.println(Terminal.printable(text));
    }
    return 0;
  }

  /** The JSON form of a shown document. */
  record Shown(Document document, String text) {}
}
