package org.dyad.server;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.dyad.core.model.IngestFailure;
import org.dyad.pipeline.IngestRequest;
import org.dyad.pipeline.PipelineListener;
import org.dyad.pipeline.PipelineRun;

/**
 * One ingest run the server does in the background, and its progress as the pipeline reports it.
 * Written by the run's threads, read by any request: every field is atomic or volatile.
 */
final class IngestJob implements PipelineListener {

  /** Where a job is in its life. */
  enum State {
    QUEUED,
    RUNNING,
    DONE,
    FAILED
  }

  private final String id;
  private final IngestRequest request;
  private final Instant queued = Instant.now();
  private final AtomicLong filesPlanned = new AtomicLong();
  private final AtomicLong bytesPlanned = new AtomicLong();
  private final AtomicLong filesDone = new AtomicLong();
  private final AtomicLong bytesDone = new AtomicLong();
  private final AtomicLong failed = new AtomicLong();
  private final AtomicLong annotated = new AtomicLong();
  private final AtomicLong coded = new AtomicLong();
  private volatile State state = State.QUEUED;
  private volatile Phase phase;
  private volatile PipelineRun run;
  private volatile String error;
  private volatile Instant finished;

  IngestJob(String id, IngestRequest request) {
    this.id = id;
    this.request = request;
  }

  String id() {
    return id;
  }

  IngestRequest request() {
    return request;
  }

  void started() {
    state = State.RUNNING;
  }

  void finished(PipelineRun result) {
    run = result;
    finished = Instant.now();
    state = State.DONE;
  }

  void failed(String reason) {
    error = reason;
    finished = Instant.now();
    state = State.FAILED;
  }

  @Override
  public void planned(long files, long bytes) {
    filesPlanned.set(files);
    bytesPlanned.set(bytes);
  }

  @Override
  public void done(String path, long bytes, Outcome outcome) {
    filesDone.incrementAndGet();
    bytesDone.addAndGet(bytes);
  }

  @Override
  public void failed(IngestFailure failure) {
    failed.incrementAndGet();
  }

  @Override
  public void phase(Phase newPhase) {
    phase = newPhase;
  }

  @Override
  public void annotated(long documents) {
    annotated.set(documents);
  }

  @Override
  public void coded(long documents) {
    coded.set(documents);
  }

  /**
   * A job as the API shows it.
   *
   * @param state queued, running, done or failed
   * @param phase the stage running (ingest, annotate, code), or null before it starts
   * @param run the finished run's report, or null until done
   * @param error why the run failed, one line, or null
   */
  record Status(String id, String state, String phase, List<String> paths, long files_planned, long files_done,
      long bytes_planned, long bytes_done, long failed, long annotated, long coded, Instant queued, Instant finished,
      PipelineRun run, String error) {}

  Status status() {
    Phase current = phase;
    return new Status(id, state.name().toLowerCase(java.util.Locale.ROOT),
        current == null ? null : current.name().toLowerCase(java.util.Locale.ROOT), request.paths(), filesPlanned.get(),
        filesDone.get(), bytesPlanned.get(), bytesDone.get(), failed.get(), annotated.get(), coded.get(), queued, finished,
        run, error);
  }
}
