package org.dyad.server;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.dyad.pipeline.IngestRequest;
import org.dyad.pipeline.WorkspacePipeline;
import org.dyad.store.Workspace;

/**
 * The server's background ingest runs, one at a time in the order they came (the pipeline's stages
 * assume one run per workspace), with the latest {@value #KEPT} kept for the ingest page.
 */
final class IngestJobs implements AutoCloseable {

  static final int KEPT = 100;

  private final Workspace workspace;
  private final ExecutorService runner = Executors.newSingleThreadExecutor(runnable -> {
    Thread thread = new Thread(runnable, "dyad-ingest-jobs");
    thread.setDaemon(true);
    return thread;
  });
  private final Map<String, IngestJob> jobs = new LinkedHashMap<>();
  private final AtomicLong next = new AtomicLong();
  private final AtomicLong ended = new AtomicLong();

  IngestJobs(Workspace workspace) {
    this.workspace = workspace;
  }

  /**
   * Queues a run.
   *
   * @param afterwards runs when the job ends, whatever its outcome (removing uploaded files)
   */
  IngestJob submit(IngestRequest request, Runnable afterwards) {
    IngestJob job = new IngestJob(Long.toString(next.incrementAndGet()), request);
    synchronized (jobs) {
      jobs.put(job.id(), job);
      while (jobs.size() > KEPT) {
        jobs.remove(jobs.keySet().iterator().next());
      }
    }
    runner.execute(() -> run(job, afterwards));
    return job;
  }

  private void run(IngestJob job, Runnable afterwards) {
    job.started();
    try {
      job.finished(WorkspacePipeline.run(workspace, job.request(), job));
    } catch (InterruptedException e) {
      job.failed("the server stopped during the run");
      Thread.currentThread().interrupt();
    } catch (Exception | LinkageError e) {
      String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      job.failed(message.lines().findFirst().orElse(message));
    } finally {
      ended.incrementAndGet();
      afterwards.run();
    }
  }

  /** How many runs have ended: what the server derived from the workspace is stale once this moves. */
  long revision() {
    return ended.get();
  }

  Optional<IngestJob> job(String id) {
    synchronized (jobs) {
      return Optional.ofNullable(jobs.get(id));
    }
  }

  /** The kept jobs, newest first. */
  List<IngestJob.Status> statuses() {
    List<IngestJob.Status> statuses = new ArrayList<>();
    synchronized (jobs) {
      jobs.values().forEach(job -> statuses.addFirst(job.status()));
    }
    return statuses;
  }

  @Override
  public void close() throws InterruptedException {
    runner.shutdownNow();
    runner.awaitTermination(30, TimeUnit.SECONDS);
  }
}
