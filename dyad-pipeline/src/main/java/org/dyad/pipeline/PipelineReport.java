package org.dyad.pipeline;

import org.dyad.analysis.cluster.ClusteringStage;
import org.dyad.ingest.IngestReport;
import org.dyad.nlp.annotate.AnnotationReport;
import org.dyad.nlp.coding.CodingStage;

/**
 * What one ingest run did, in the JSON form {@code dyad ingest --json} prints and the REST API
 * returns; {@code annotated}, {@code coded} and {@code clustered} are null when those stages were
 * skipped.
 */
public record PipelineReport(long ingested, long duplicates, long failed, long reindexed, long bytes, double seconds,
    double files_per_second, double megabytes_per_second, AnnotationReport annotated, CodingStage.Report coded,
    ClusteringStage.Report clustered) {

  public PipelineReport(IngestReport r, AnnotationReport annotated, CodingStage.Report coded,
      ClusteringStage.Report clustered) {
    this(r.ingested(), r.duplicates(), r.failed(), r.reindexed(), r.bytes(), r.elapsed().toMillis() / 1000.0,
        r.filesPerSecond(), r.megabytesPerSecond(), annotated, coded, clustered);
  }
}
