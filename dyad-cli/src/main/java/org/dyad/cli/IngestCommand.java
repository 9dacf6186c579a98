package org.dyad.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.dyad.core.json.DyadJson;
import org.dyad.ingest.IngestOptions;
import org.dyad.ingest.IngestReport;
import org.dyad.ingest.extract.ExtractorLimits;
import org.dyad.nlp.annotate.AnnotationReport;
import org.dyad.nlp.coding.CodingStage;
import org.dyad.store.Workspace;
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
    IngestOptions options = options(IngestOptions.defaults());
    if (threads < 1 || threads > 256) {
      throw new IllegalArgumentException("--threads must be between 1 and 256, got " + threads);
    }
    IngestReport report;
    AnnotationReport annotated = null;
    CodingStage.Report coded = null;
    double annotateSeconds = 0;
    double codeSeconds = 0;
    try (Workspace workspace = Workspace.open(dyad.workspace(), "dyad ingest")) {
      report = IngestRun.run(workspace, paths, options);
      if (!noAnnotate) {
        long annotateStart = System.nanoTime();
        annotated = AnnotateRun.run(workspace, threads, System.err);
        annotateSeconds = (System.nanoTime() - annotateStart) / 1e9;
        long codeStart = System.nanoTime();
        coded = CodeStageRun.run(workspace, null, false, System.err);
        codeSeconds = (System.nanoTime() - codeStart) / 1e9;
      }
    }
    if (json) {
      spec.commandLine().getOut().println(DyadJson.write(new JsonReport(report, annotated, coded)));
    } else {
      IngestRun.printSummary(report, spec.commandLine().getOut());
      if (annotated != null) {
        AnnotateRun.printSummary(annotated, annotateSeconds, spec.commandLine().getOut());
        CodeStageRun.printSummary(coded, codeSeconds, spec.commandLine().getOut());
      }
    }
    return 0;
  }

  IngestOptions options(IngestOptions defaults) {
    IngestOptions options = defaults.withOutlet(outlet).withGrade(grade);
    if (maxFileSize != null) {
      options = options.withScanLimits(options.scanLimits().withMaxFileBytes(maxFileSize));
    }
    ExtractorLimits limits = options.extractorLimits();
    if (timeoutSeconds != null) {
      limits = limits.withTimeout(Duration.ofSeconds(timeoutSeconds));
    }
    if (parserHeap != null) {
      limits = limits.withHeapMegabytes(parserHeap);
    }
    if (ocrLanguages != null) {
      limits = limits.withOcrLanguages(ocrLanguages);
    }
    return options.withExtractorLimits(limits);
  }

  /** The JSON form of a run's report. */
  record JsonReport(long ingested, long duplicates, long failed, long reindexed, long bytes, double seconds,
      double files_per_second, double megabytes_per_second, AnnotationReport annotated, CodingStage.Report coded) {
    JsonReport(IngestReport r, AnnotationReport annotated, CodingStage.Report coded) {
      this(r.ingested(), r.duplicates(), r.failed(), r.reindexed(), r.bytes(), r.elapsed().toMillis() / 1000.0,
          r.filesPerSecond(), r.megabytesPerSecond(), annotated, coded);
    }
  }
}
