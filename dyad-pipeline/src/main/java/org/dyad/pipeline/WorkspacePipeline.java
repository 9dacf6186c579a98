package org.dyad.pipeline;

import org.dyad.analysis.cluster.ClusteringStage;
import org.dyad.analysis.cluster.EventClusterer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.dyad.core.store.AnnotationStore;
import org.dyad.evidence.grading.ConfidenceStage;
import org.dyad.ingest.IngestListener;
import org.dyad.ingest.IngestOptions;
import org.dyad.ingest.IngestPipeline;
import org.dyad.ingest.IngestReport;
import org.dyad.nlp.annotate.AnnotationReport;
import org.dyad.nlp.annotate.AnnotationStage;
import org.dyad.nlp.coding.CodingSetup;
import org.dyad.nlp.coding.CodingStage;
import org.dyad.nlp.coding.DependencyEventCoder;
import org.dyad.nlp.conllu.ConlluWriter;
import org.dyad.nlp.parse.CoreNlpSentenceParser;
import org.dyad.nlp.resolve.OfficeLookup;
import org.dyad.nlp.resolve.WorkspaceResolver;
import org.dyad.store.Workspace;

/**
 * The pipeline's stages chained on an open workspace: ingest (scan, extract, index), then annotate
 * and resolve, then code. Each stage picks up what the previous one left, so a run after an
 * interrupted one finishes the work. The CLI and the server both run ingestion through here.
 */
public final class WorkspacePipeline {

  /** Stored with each annotated document, so a later Dyad can tell which parses are stale. */
  public static final String PARSER = "corenlp-4.5.10 tokenize,ssplit,pos,lemma,depparse-ud2";

  private WorkspacePipeline() {}

  /** Ingests the request's paths and, unless it says not to, annotates and codes what is new. */
  public static PipelineRun run(Workspace workspace, IngestRequest request, PipelineListener listener)
      throws IOException, InterruptedException {
    listener.phase(PipelineListener.Phase.INGEST);
    IngestReport ingested = ingest(workspace, request.files(), request.options(), listener);
    if (!request.annotate()) {
      return new PipelineRun(new PipelineReport(ingested, null, null, null), 0, 0);
    }
    listener.phase(PipelineListener.Phase.ANNOTATE);
    long annotateStart = System.nanoTime();
    AnnotationReport annotated = annotate(workspace, request.threads(), listener::annotated);
    double annotateSeconds = (System.nanoTime() - annotateStart) / 1e9;
    listener.phase(PipelineListener.Phase.CODE);
    long codeStart = System.nanoTime();
    CodingStage.Report coded = code(workspace, null, false, listener::coded);
    ClusteringStage.Report clustered = cluster(workspace);
    double codeSeconds = (System.nanoTime() - codeStart) / 1e9;
    return new PipelineRun(new PipelineReport(ingested, annotated, coded, clustered), annotateSeconds, codeSeconds);
  }

  /** The ingest stage: scan, extract out of process, store and index. */
  public static IngestReport ingest(Workspace workspace, List<Path> paths, IngestOptions options, IngestListener listener)
      throws IOException, InterruptedException {
    return IngestPipeline.ingest(workspace.catalogue(), workspace.index(), workspace.blobs(), options, listener, paths);
  }

  /**
   * The annotate and resolve stages: every indexed document not yet annotated is split, its actors
   * resolved, and the sentences naming one parsed.
   *
   * @param progress called with the number of documents done so far
   */
  public static AnnotationReport annotate(Workspace workspace, int threads, Consumer<Long> progress) throws IOException {
    AnnotationStore annotations = workspace.annotations();
    AnnotationStage stage = new AnnotationStage(workspace.catalogue(), annotations, CoreNlpSentenceParser::new,
        WorkspaceResolver.of(annotations, OfficeLookup.defaults()), ConlluWriter::write, PARSER, threads);
    return stage.run(progress);
  }

  /**
   * The code stage: every annotated document not yet coded by this coder and verb dictionary gets
   * its events.
   *
   * @param verbs a PETRARCH-2 verb dictionary, or null for Dyad's own
   * @param all code every annotated document again, not only those this coder has not coded
   */
  public static CodingStage.Report code(Workspace workspace, Path verbs, boolean all, Consumer<Long> progress)
      throws IOException {
    DependencyEventCoder coder = CodingSetup.coder(verbs);
    String version = CodingSetup.CODER + " verbs=" + (verbs == null ? "dyad" : verbs.getFileName());
    CodingStage stage = new CodingStage(workspace.catalogue(), workspace.annotations(), workspace.events(), coder, version,
        CoreNlpSentenceParser::new);
    return all ? stage.recodeAll(progress) : stage.run(progress);
  }

  /**
   * The cluster stage, after coding and after every judgement: all counted events are clustered
   * again, so the clusters always match the stored events and the analysts' judgements; then each
   * cluster is given its confidence.
   */
  public static ClusteringStage.Report cluster(Workspace workspace) throws IOException {
    ClusteringStage.Report report = ClusteringStage.run(workspace.clusters(), EventClusterer.defaults());
    rateClusters(workspace);
    return report;
  }

  /**
   * Gives every cluster its confidence from the current grades, after clustering and after every
   * grade change; returns how many clusters were rated.
   */
  public static int rateClusters(Workspace workspace) throws IOException {
    return ConfidenceStage.run(workspace.clusters());
  }

  /**
   * Clusters a workspace coded before clustering existed, and rates one clustered before cluster
   * confidences existed, so the analyses that read clusters (relate, timeline, network) see every
   * event and its confidence; a no-op otherwise.
   */
  public static void ensureClustered(Workspace workspace) throws IOException {
    if (workspace.clusters().unclustered()) {
      cluster(workspace);
    } else if (workspace.clusters().unrated()) {
      rateClusters(workspace);
    }
  }
}
