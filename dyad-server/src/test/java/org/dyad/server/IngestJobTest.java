package org.dyad.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dyad.ingest.IngestListener;
import org.dyad.pipeline.IngestRequest;
import org.dyad.pipeline.PipelineListener;
import org.junit.jupiter.api.Test;

class IngestJobTest {

  private final IngestRequest request = new IngestRequest(List.of("/corpus"), null, null, null, null, null, null, true, 1);

  @Test
  void statusFollowsWhatThePipelineReports() {
    IngestJob job = new IngestJob("7", request);
    assertThat(job.status().state()).isEqualTo("queued");
    assertThat(job.status().phase()).isNull();

    job.started();
    job.phase(PipelineListener.Phase.INGEST);
    job.planned(3, 300);
    job.done("/corpus/a.txt", 100, IngestListener.Outcome.INGESTED);
    job.done("/corpus/b.txt", 120, IngestListener.Outcome.DUPLICATE);
    job.phase(PipelineListener.Phase.ANNOTATE);
    job.annotated(2);

    IngestJob.Status status = job.status();
    assertThat(status.state()).isEqualTo("running");
    assertThat(status.phase()).isEqualTo("annotate");
    assertThat(List.of(status.files_planned(), status.files_done(), status.bytes_planned(), status.bytes_done(), status.annotated()))
        .containsExactly(3L, 2L, 300L, 220L, 2L);
    assertThat(status.paths()).containsExactly("/corpus");
  }

  @Test
  void aFailedRunKeepsItsReason() {
    IngestJob job = new IngestJob("8", request);
    job.started();
    job.failed("no space left on device");

    assertThat(job.status().state()).isEqualTo("failed");
    assertThat(job.status().error()).isEqualTo("no space left on device");
    assertThat(job.status().finished()).isNotNull();
    assertThat(job.status().run()).isNull();
  }
}
