package org.dyad.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.dyad.core.json.DyadJson;
import org.dyad.core.sanctions.JudgedName;
import org.dyad.core.sanctions.Judgement;
import org.dyad.core.sanctions.ListChanges;
import org.dyad.core.sanctions.ListVersion;
import org.dyad.core.sanctions.ListWarning;
import org.dyad.core.sanctions.SanctionsList;
import org.dyad.core.sanctions.SanctionsStore;
import org.dyad.sanctions.ListImport;
import org.dyad.sanctions.SanctionsJudgements;
import org.dyad.sanctions.match.ListMatcher;
import org.dyad.sanctions.read.ListFiles;
import org.dyad.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code dyad sanctions}: import designation lists, match names against them, cross-reference the workspace. */
@Command(
    name = "sanctions",
    description = "Import sanctions lists (OFAC CSV set, OFAC sdn.xml or advanced XML, UN consolidated XML), match names,"
        + " cross-reference the workspace's people and organisations, record judgements.",
    subcommands = {
      SanctionsCommand.Import.class,
      SanctionsMatchCommand.class,
      SanctionsXrefCommand.class,
      SanctionsCommand.Judge.class,
      SanctionsCommand.History.class,
      SanctionsEvaluateCommand.class
    })
final class SanctionsCommand {

  /** Warnings shown one line each before the rest are only counted. */
  static final int WARNINGS_SHOWN = 20;

  @ParentCommand DyadCli dyad;

  /** A matcher over the workspace's imported list, or a user error when nothing was imported. */
  static ListMatcher matcher(SanctionsStore store) throws java.io.IOException {
    return ListMatcher.over(store);
  }

  /** {@code dyad sanctions import PATH}. */
  @Command(name = "import", description = "Import a list: a folder with OFAC's sdn.csv (and alt.csv, add.csv,"
      + " sdn_comments.csv where present), or an OFAC sdn.xml, OFAC advanced XML or UN consolidated list XML file."
      + " Records what was added, removed and changed since the last import.")
  static final class Import implements java.util.concurrent.Callable<Integer> {

    @ParentCommand SanctionsCommand sanctions;
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "PATH", description = "The list folder or file.")
    Path path;

    @Option(names = "--json", description = "Print the import as JSON: {version, changes, warnings}.")
    boolean json;

    @Override
    public Integer call() throws Exception {
      SanctionsList list = ListFiles.read(path);
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      try (Workspace workspace = Workspace.open(sanctions.dyad.workspace(), "dyad sanctions import")) {
        ListImport.Result result = ListImport.run(list, workspace.sanctions());
        printWarnings(result.warnings(), err);
        if (json) {
          out.println(DyadJson.write(new JsonImport(result.version(), result.changes(), result.warnings())));
          return 0;
        }
        ListVersion version = result.version();
        out.printf("Imported %s: %,d entities (version %d): %,d added, %,d removed, %,d changed.%n", list.source(),
            version.entities(), version.version(), version.added(), version.removed(), version.changed());
        if (!list.hasAliases()) {
          out.println("No alias file in this set: the aliases already known are kept.");
        }
      }
      return 0;
    }

    private static void printWarnings(List<ListWarning> warnings, PrintWriter err) {
      warnings.stream().limit(WARNINGS_SHOWN).forEach(warning -> err.println("warning: " + Terminal.clip(warning.toString(), 200)));
      if (warnings.size() > WARNINGS_SHOWN) {
        err.printf("... and %,d more warnings (see --json)%n", warnings.size() - WARNINGS_SHOWN);
      }
    }
  }

  /** The JSON form of an import. */
  record JsonImport(ListVersion version, ListChanges changes, List<ListWarning> warnings) {}

  /** {@code dyad sanctions judge ENTITY NAME VERDICT}. */
  @Command(name = "judge", description = "Record whether a name in the documents is a listed entity (match, not-a-match,"
      + " unsure); 'dyad sanctions xref' applies the verdict to every occurrence of the name from then on.")
  static final class Judge implements java.util.concurrent.Callable<Integer> {

    @ParentCommand SanctionsCommand sanctions;
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ENTITY", description = "The list's entity number.")
    long entity;

    @Parameters(index = "1", paramLabel = "NAME", description = "The name as it occurs in the documents.")
    String name;

    @Parameters(index = "2", paramLabel = "VERDICT", description = "match, not-a-match or unsure.")
    String verdict;

    @Override
    public Integer call() throws Exception {
      JudgedName judged = new JudgedName(entity, name, Judgement.of(verdict));
      try (Workspace workspace = ActorsCommand.openExisting(sanctions.dyad, "dyad sanctions judge")) {
        SanctionsJudgements.record(workspace.sanctions(), judged);
      }
      spec.commandLine().getOut().printf("Recorded: '%s' is %s for entity %d.%n", judged.name(),
          judged.judgement().word(), judged.entity());
      return 0;
    }
  }

  /** {@code dyad sanctions history}. */
  @Command(name = "history", description = "List the imports of the sanctions list with what each added, removed and changed.")
  static final class History implements java.util.concurrent.Callable<Integer> {

    @ParentCommand SanctionsCommand sanctions;
    @Spec CommandSpec spec;

    @Option(names = "--json", description = "Print as JSON, with the changed entity numbers.")
    boolean json;

    @Override
    public Integer call() throws Exception {
      try (Workspace workspace = ActorsCommand.openExisting(sanctions.dyad, "dyad sanctions history")) {
        SanctionsStore store = workspace.sanctions();
        List<ListVersion> versions = store.versions();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
          List<JsonImport> imports = new java.util.ArrayList<>();
          for (ListVersion version : versions) {
            imports.add(new JsonImport(version, store.changes(version.version()), List.of()));
          }
          out.println(DyadJson.write(new JsonHistory(imports)));
          return 0;
        }
        if (versions.isEmpty()) {
          out.println("No sanctions list imported: 'dyad sanctions import PATH' imports one.");
        }
        for (ListVersion version : versions) {
          out.printf("%3d  %s  %,7d entities  +%,d -%,d ~%,d  %s%n", version.version(), version.importedAt(),
              version.entities(), version.added(), version.removed(), version.changed(), Terminal.clip(version.source(), 80));
        }
      }
      return 0;
    }
  }

  /** The JSON form of the history. */
  record JsonHistory(List<JsonImport> imports) {}
}
