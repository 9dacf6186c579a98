package org.dyad.spark;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.dyad.analysis.cluster.ClusteringStage;
import org.dyad.analysis.cluster.EventClusterer;
import org.dyad.ingest.IngestListener;
import org.dyad.ingest.IngestOptions;
import org.dyad.ingest.IngestPipeline;
import org.dyad.nlp.annotate.AnnotationStage;
import org.dyad.nlp.coding.CodingSetup;
import org.dyad.nlp.coding.CodingStage;
import org.dyad.nlp.conllu.ConlluWriter;
import org.dyad.nlp.parse.CoreNlpSentenceParser;
import org.dyad.nlp.resolve.OfficeLookup;
import org.dyad.nlp.resolve.WorkspaceResolver;
import org.dyad.spark.SparkPipelineTest.Coded;
import org.dyad.store.Workspace;

/**
 * The embedded pipeline as {@code dyad ingest} runs it (ingest, annotate, code and cluster into a
 * workspace), the reference the Spark job must agree with.
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
      new CodingStage(workspace.catalogue(), workspace.annotations(), workspace.events(), CodingSetup.coder(null),
          "test", CoreNlpSentenceParser::new).run(done -> {});
      ClusteringStage.run(workspace.clusters(), EventClusterer.defaults());
      return new Coded(strings(workspace, "SELECT id FROM documents"), strings(workspace, "SELECT id FROM events"),
          strings(workspace, "SELECT path FROM failures"), clusters(workspace));
    }
  }

  /** The member event ids of each cluster, by cluster id, as the analyses read them. */
  private static Map<String, Set<String>> clusters(Workspace workspace) throws Exception {
    Map<String, Set<String>> clusters = new TreeMap<>();
    try (Statement statement = workspace.database().connection().createStatement();
        ResultSet rows = statement.executeQuery("SELECT cluster, id FROM clustered_events")) {
      while (rows.next()) {
        clusters.computeIfAbsent(rows.getString(1), cluster -> new TreeSet<>()).add(rows.getString(2));
      }
    }
    return clusters;
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
