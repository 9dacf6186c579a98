package org.dyad.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.dyad.analysis.cluster.ClusteringStage;
import org.dyad.core.json.DyadJson;
import org.dyad.pipeline.IngestRequest;
import org.dyad.pipeline.PipelineRun;
import org.dyad.pipeline.WorkspaceAccess;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code dyad ingest PATH...}: adds files, folders and archives to the workspace. */
@Command(name = "ingest", description = "Add files, folders (recursively) and archives to the workspace.")
final class IngestCommand implements Callable<Integer> {

  @ParentCommand DyadCli dyad;
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, folders, zip/tar/tar.gz archives.")
  List<Path> paths;

  @Option(names = "--outlet", description = "Publisher or collection of every document (default: the top folder's name).")
  String outlet;

  @Option(names = "--grade", description = "NATO Admiralty grade of every document, e.g. B2.")
  String grade;

  @Option(names = "--max-file-size", converter = ByteSize.class, paramLabel = "SIZE",
      description = "Skip files larger than this (default: 512MB).")
  Long maxFileSize;

  @Option(names = "--timeout", paramLabel = "SECONDS", description = "Longest a parser may spend on one file (default: 120).")
  Integer timeoutSeconds;

  @Option(names = "--parser-heap", paramLabel = "MB", description = "Heap of each parser process (default: 768).")
  Integer parserHeap;

  @Option(names = "--ocr-lang", paramLabel = "LANGS", description = "Tesseract languages for scans (default: eng; e.g. eng+ara+fas).")
  String ocrLanguages;

  @Option(names = "--no-annotate", description = "Skip sentence parsing, actor resolution and event coding (search only; 'dyad ingest' later catches up).")
  boolean noAnnotate;

  @Option(names = "--threads", paramLabel = "N", description = "Parser threads for annotation (default: the number of cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--json", description = "Print the run's report as JSON.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    if (threads < 1 || threads > 256) {
      throw new IllegalArgumentException("--threads must be between 1 and 256, got " + threads);
    }
    IngestRequest request = new IngestRequest(paths.stream().map(path -> path.toAbsolutePath().normalize().toString()).toList(),
        outlet, grade, maxFileSize, timeoutSeconds, parserHeap, ocrLanguages, !noAnnotate, threads);
    PipelineRun run;
    try (WorkspaceAccess workspace = OpenWorkspace.access(dyad, "dyad ingest", true);
        ProgressReporter progress = new ProgressReporter(System.err)) {
      run = workspace.ingest(request, progress);
    }
    if (json) {
      spec.commandLine().getOut().println(DyadJson.write(run.report()));
    } else {
      IngestRun.printSummary(run, spec.commandLine().getOut());
    }
    return 0;
  }
}
