package org.dyad.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The {@code dyad} command: global options and the subcommands. */
@Command(
    name = "dyad",
    mixinStandardHelpOptions = true,
    versionProvider = DyadCli.Version.class,
    description = "Turns a collection of documents into evidence about how actors relate.",
    subcommands = {
      InitCommand.class,
      IngestCommand.class,
      StatusCommand.class,
      SearchCommand.class,
      ShowCommand.class,
      DemoCommand.class,
      ActorsCommand.class,
      CodeCommand.class,
      EventsCommand.class,
      SanctionsCommand.class,
      RecodeCommand.class,
      RelateCommand.class,
      NetworkCommand.class,
      TimelineCommand.class,
      EvalCommand.class,
      GradeCommand.class,
      HypothesesCommand.class,
      ExportCommand.class,
      BenchCommand.class,
      ServeCommand.class,
      AttachCommand.class,
      CommandLine.HelpCommand.class
    })
public final class DyadCli {

  @Option(
      names = "--workspace",
      scope = ScopeType.INHERIT,
      paramLabel = "DIR",
      description = "Workspace folder (default: $DYAD_WORKSPACE, else ./dyad-workspace).")
  Path workspace;

  @Option(names = "--verbose", scope = ScopeType.INHERIT, description = "Show stack traces on errors.")
  boolean verbose;

  /** The workspace folder this run works on. */
  Path workspace() {
    if (workspace != null) {
      return workspace.toAbsolutePath().normalize();
    }
    String fromEnvironment = System.getenv("DYAD_WORKSPACE");
    if (fromEnvironment != null && !fromEnvironment.isBlank()) {
      return Path.of(fromEnvironment).toAbsolutePath().normalize();
    }
    return Path.of("dyad-workspace").toAbsolutePath().normalize();
  }

  public static void main(String[] args) {
    // Libraries log through java.util.logging (Lucene's vectorization notice); users see Dyad's
    // own one-line messages instead.
    java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.WARNING);
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs the CLI and returns its exit code: 0 success, 1 user error, 2 usage error. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    DyadCli root = new DyadCli();
    CommandLine cli = new CommandLine(root);
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      commandLine.getErr().println("dyad: " + UserMessages.oneLine(e));
      if (root.verbose) {
        e.printStackTrace(commandLine.getErr());
      }
      commandLine.getErr().flush();
      return 1;
    });
    return cli.execute(args);
  }

  /** Version from the jar manifest, or "development" when run from classes. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = DyadCli.class.getPackage().getImplementationVersion();
      return new String[] {"dyad " + (version == null ? "development" : version)};
    }
  }
}
