package org.dyad.spark;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.dyad.core.event.CameoOntology;
import org.dyad.ingest.IngestListener;
import org.dyad.ingest.IngestOptions;
import org.dyad.ingest.IngestPipeline;
import org.dyad.nlp.annotate.AnnotationStage;
import org.dyad.nlp.coding.CodingConvention;
import org.dyad.nlp.coding.CodingStage;
import org.dyad.nlp.coding.DependencyEventCoder;
import org.dyad.nlp.coding.Discards;
import org.dyad.nlp.conllu.ConlluWriter;
import org.dyad.nlp.parse.CoreNlpSentenceParser;
import org.dyad.nlp.resolve.OfficeLookup;
import org.dyad.nlp.resolve.WorkspaceResolver;
import org.dyad.nlp.verbs.VerbDictionaries;
import org.dyad.spark.SparkPipelineTest.Coded;
import org.dyad.store.Workspace;

/**
 * The embedded pipeline as {@code dyad ingest} runs it (ingest, annotate, code into a workspace),
 * the reference the Spark job must agree with.
 */
final class EmbeddedPipeline {

  private EmbeddedPipeline() {}

  static Coded run(Path corpus, Path workspaceDir) throws Exception {
    try (Workspace workspace = Workspace.open(workspaceDir, "test")) {
      IngestPipeline.ingest(workspace.catalogue(), workspace.index(), workspace.blobs(), IngestOptions.defaults(),
          IngestListener.SILENT, List.of(corpus));
      new AnnotationStage(workspace.catalogue(), workspace.annotations(), CoreNlpSentenceParser::new,
          WorkspaceResolver.of(workspace.annotations(), OfficeLookup.defaults()), ConlluWriter::write, "test", 1)
          .run(done -> {});
      new CodingStage(workspace.catalogue(), workspace.annotations(), workspace.events(), coder(),
          "test", CoreNlpSentenceParser::new).run(done -> {});
      return new Coded(strings(workspace, "SELECT id FROM documents"), strings(workspace, "SELECT id FROM events"),
          strings(workspace, "SELECT path FROM failures"));
    }
  }

  /** The coder ingest's code stage uses with Dyad's own verb dictionary (dyad-cli's CodingSetup.coder). */
  private static DependencyEventCoder coder() throws java.io.IOException {
    return new DependencyEventCoder(VerbDictionaries.defaults().dictionary(), CameoOntology.cameo(), null,
        CodingConvention.CAMEO).withDiscards(Discards.defaults());
  }

  private static Set<String> strings(Workspace workspace, String sql) throws Exception {
    Set<String> values = new TreeSet<>();
    try (Statement statement = workspace.database().connection().createStatement(); ResultSet rows = statement.executeQuery(sql)) {
      while (rows.next()) {
        values.add(rows.getString(1));
      }
    }
    return values;
  }
}
