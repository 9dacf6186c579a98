package org.dyad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import org.dyad.analysis.cluster.ClusteringStage;
import org.dyad.pipeline.WorkspacePipeline;
import org.dyad.store.Workspace;

/**
 * Runs the cluster stage after coding (ingest, demo, recode) and after a judgement: every counted
 * event is clustered again, so the clusters always match the stored events and judgements.
 */
final class ClusterStageRun {

  private ClusterStageRun() {}

  static ClusteringStage.Report run(Workspace workspace) throws IOException {
    return WorkspacePipeline.cluster(workspace);
  }

  /** Clusters a workspace coded before clustering existed; a no-op otherwise. */
  static void ensureClustered(Workspace workspace) throws IOException {
    WorkspacePipeline.ensureClustered(workspace);
  }

  static void printSummary(ClusteringStage.Report report, PrintWriter out) {
    out.printf("Clustered %,d events into %,d real-world events (%,d reported more than once)%n", report.events(),
        report.clusters(), report.corroborated());
  }
}
