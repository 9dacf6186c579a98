package org.dyad.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dyad.core.json.DyadJson;
import org.dyad.ingest.IngestPipeline;
import org.dyad.nlp.coding.CodingSetup;
import org.dyad.pipeline.WorkspacePipeline;
import org.dyad.store.ParquetAttachment;
import org.dyad.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code dyad attach PARQUET_DIR}: brings the tables a Spark run of the pipeline wrote into the
 * workspace and indexes their documents, so every other command works on the cluster's output.
 */
@Command(name = "attach",
    description = "Add the Parquet tables of a Spark run (dyad-spark --output DIR) to the workspace and index their documents.")
final class AttachCommand implements Callable<Integer> {

  @ParentCommand DyadCli dyad;
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "PARQUET_DIR", description = "The Spark job's output folder.")
  Path folder;

  @Option(names = "--json", description = "Print the counts as JSON.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    if (!Files.isDirectory(folder)) {
      throw new IllegalArgumentException("no such folder: " + folder);
    }
    long start = System.nanoTime();
    try (Workspace workspace = Workspace.open(dyad.workspace(), "dyad attach")) {
      // Attached documents were parsed and coded as ingest's stages would: record the same versions,
      // so a later ingest neither annotates nor codes them again.
      ParquetAttachment.Counts counts = ParquetAttachment.attach(workspace, folder.toAbsolutePath(), WorkspacePipeline.PARSER,
          CodingSetup.CODER + " verbs=dyad");
      if (counts.events() > 0 && counts.clusters() == 0) {
        WorkspacePipeline.cluster(workspace); // output of a job that did not cluster: cluster here
      }
      spec.commandLine().getErr().println("Indexing the attached documents...");
      long indexed = IngestPipeline.indexCatalogued(workspace.catalogue(), workspace.index());
      PrintWriter out = spec.commandLine().getOut();
      double seconds = (System.nanoTime() - start) / 1e9;
      if (json) {
        out.println(DyadJson.write(new JsonAttach(folder.toString(), counts.documents(), indexed, counts.sentences(),
            counts.mentions(), counts.events(), counts.clusters(), counts.failures(), seconds)));
      } else {
        out.printf("Attached %s in %.1f s: %,d new documents (%,d indexed), %,d sentences, %,d actor mentions, %,d events,"
                + " %,d event clusters, %,d failures%n", folder, seconds, counts.documents(), indexed, counts.sentences(),
            counts.mentions(), counts.events(), counts.clusters(), counts.failures());
      }
    }
    return 0;
  }

  /** The JSON form of the counts. */
  record JsonAttach(String folder, long documents, long indexed, long sentences, long mentions, long events,
      long clusters, long failures, double seconds) {}
}
