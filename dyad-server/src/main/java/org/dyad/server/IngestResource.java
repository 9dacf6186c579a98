package org.dyad.server;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.dyad.core.json.DyadJson;
import org.dyad.pipeline.IngestRequest;
import org.dyad.pipeline.WorkspaceReport;
import org.dyad.store.Workspace;

/**
 * Ingestion through the server: the workspace's status and failures, uploads and path ingests run
 * in the background, and their progress.
 */
final class IngestResource {

  private final Workspace workspace;
  private final IngestJobs jobs;
  private final ServerOptions options;

  IngestResource(Workspace workspace, IngestJobs jobs, ServerOptions options) {
    this.workspace = workspace;
    this.jobs = jobs;
    this.options = options;
  }

  List<ApiRoute> routes() {
    return List.of(
        ApiRoute.get("/api/status", "Counts per pipeline stage: the object 'dyad status --json' prints",
            List.of(ApiParameter.flag("failures", "include every failed file with its reason")), this::status),
        ApiRoute.post("/api/documents", "Upload files (form field 'file', one or more) to ingest in the background;"
                + " answers with the job", List.of(ApiParameter.query("outlet", "outlet of the uploaded documents (default: upload)"),
                ApiParameter.query("grade", "NATO Admiralty grade of the uploaded documents, such as B2")),
            "multipart/form-data", this::upload),
        ApiRoute.post("/api/ingest", "Ingest files and folders of the server's machine in the background (loopback"
            + " callers only, for the CLI); answers with the job", List.of(), "application/json", this::ingestPaths),
        ApiRoute.get("/api/ingest/jobs", "The latest background ingest runs with their progress, newest first", List.of(),
            this::list),
        ApiRoute.get("/api/ingest/jobs/{id}", "One background ingest run with its progress and, when done, its report",
            List.of(ApiParameter.path("id", "the job id")), this::job));
  }

  private void status(Context ctx) throws IOException {
    boolean failures = RequestParameters.flag(ctx, "failures", false);
    JsonResponses.send(ctx, new WorkspaceReport(workspace.root().toString(), workspace.schemaVersion(),
        workspace.catalogue().status(), failures ? workspace.catalogue().failures() : null));
  }

  /** The JSON form of the job list. */
  record Jobs(List<IngestJob.Status> jobs) {}

  private void list(Context ctx) {
    JsonResponses.send(ctx, new Jobs(jobs.statuses()));
  }

  private void job(Context ctx) {
    String id = ctx.pathParam("id");
    if (!id.matches("[0-9]{1,18}")) {
      throw new IllegalArgumentException("a job id is a number, got '" + RequestParameters.clip(id) + "'");
    }
    IngestJob job = jobs.job(id).orElseThrow(() -> new MissingResourceException("no ingest job " + id));
    JsonResponses.send(ctx, job.status());
  }

  private void ingestPaths(Context ctx) throws IOException {
    if (!InetAddress.getByName(ctx.req().getRemoteAddr()).isLoopbackAddress()) {
      throw new ForbiddenException("ingesting the server's own files is allowed from this machine only; upload instead");
    }
    IngestRequest request;
    try {
      request = DyadJson.mapper().readValue(ctx.body(), IngestRequest.class);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      Throwable cause = e.getCause() instanceof IllegalArgumentException bad ? bad : e;
      throw new IllegalArgumentException("the body is not an ingest request: "
          + (cause instanceof IllegalArgumentException ? cause.getMessage() : e.getOriginalMessage()), e);
    }
    for (Path path : request.files()) {
      if (!path.isAbsolute() || !Files.exists(path)) {
        throw new IllegalArgumentException("no such file or folder on the server's machine: " + RequestParameters.clip(path.toString()));
      }
    }
    accepted(ctx, jobs.submit(request, () -> {}));
  }

  private void upload(Context ctx) throws IOException {
    List<UploadedFile> files = ctx.uploadedFiles("file");
    if (files.isEmpty()) {
      throw new IllegalArgumentException("no files: send them as multipart/form-data in the field 'file'");
    }
    String outlet = RequestParameters.text(ctx, "outlet");
    String grade = RequestParameters.text(ctx, "grade");
    Path folder = Files.createTempDirectory(Files.createDirectories(workspace.root().resolve("uploads")), "upload-");
    try {
      int number = 0;
      for (UploadedFile file : files) {
        Path target = folder.resolve(++number + "-" + DocumentResource.safeFileName(file.filename()));
        try (InputStream content = file.content()) {
          Files.copy(content, target);
        }
      }
      IngestRequest request = new IngestRequest(List.of(folder.toString()), outlet == null ? "upload" : outlet, grade,
          options.maxUploadBytes(), null, null, null, options.annotateUploads(), options.annotateThreads());
      accepted(ctx, jobs.submit(request, () -> delete(folder)));
    } catch (IOException | RuntimeException e) {
      delete(folder);
      throw e;
    }
  }

  private static void accepted(Context ctx, IngestJob job) {
    ctx.status(202).header("Location", "/api/ingest/jobs/" + job.id());
    ctx.contentType(JsonResponses.JSON).result(DyadJson.write(job.status()));
  }

  /** Removes an upload's folder once ingested: the blob store keeps the originals. */
  private static void delete(Path folder) {
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException ignored) {
      // Left for the next start to clear; the documents are already in the workspace.
    }
  }
}
