package org.dyad.server;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.dyad.core.store.BlobStore;
import org.dyad.store.Workspace;
import org.eclipse.jetty.http.BadMessageException;

/**
 * {@code dyad serve}: the REST API under {@code /api} and the web UI at {@code /}, over a workspace
 * this process holds. The server records its port in the workspace lock, so CLI commands on the
 * same workspace find it and go through the API.
 */
public final class DyadServer implements AutoCloseable {

  /** Security headers on every answer: the UI loads only its own bundled scripts, and no page may frame it. */
  static final Map<String, String> HEADERS = Map.of(
      "Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:;"
          + " connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
      "X-Content-Type-Options", "nosniff",
      "Referrer-Policy", "no-referrer");

  private final Javalin app;
  private final IngestJobs jobs;
  private final List<ApiRoute> routes;

  private DyadServer(Javalin app, IngestJobs jobs, List<ApiRoute> routes) {
    this.app = app;
    this.jobs = jobs;
    this.routes = routes;
  }

  /** Starts serving {@code workspace}, which the caller keeps open until it closes the server. */
  public static DyadServer start(Workspace workspace, ServerOptions options) throws IOException {
    IngestJobs jobs = new IngestJobs(workspace);
    List<ApiRoute> routes = routes(workspace, jobs, options);
    Javalin app = Javalin.create(config -> configure(config, routes, options));
    try {
      app.start(options.bind(), options.port());
    } catch (RuntimeException e) {
      closeQuietly(jobs);
      throw new IOException("cannot serve on " + options.bind() + ":" + options.port() + ": " + firstLine(e), e);
    }
    DyadServer server = new DyadServer(app, jobs, routes);
    workspace.lock().recordPort(server.port());
    return server;
  }

  /** The route table: what the server answers and what its OpenAPI description lists. */
  static List<ApiRoute> routes(Workspace workspace, IngestJobs jobs, ServerOptions options) throws IOException {
    List<ApiRoute> routes = new ArrayList<>();
    routes.add(ApiRoute.get("/api/health", "Whether the server is up, and the workspace it serves", List.of(),
        ctx -> JsonResponses.send(ctx, new Health("ok", workspace.root().toString()))));
    routes.addAll(new SearchResource(workspace).routes());
    routes.addAll(new DocumentResource(workspace).routes());
    routes.addAll(new ActorResource(workspace).routes());
    routes.addAll(new EventResource(workspace).routes());
    routes.addAll(new RelationResource(workspace).routes());
    routes.addAll(new HypothesesResource(workspace).routes());
    routes.addAll(new GradeResource(workspace).routes());
    routes.addAll(new SanctionsResource(workspace, jobs).routes());
    routes.addAll(new IngestResource(workspace, jobs, options).routes());
    // The description lists the finished table, its own route included.
    AtomicReference<List<ApiRoute>> table = new AtomicReference<>();
    routes.add(ApiRoute.get("/api/openapi.json", "This description of the API (OpenAPI 3.1)", List.of(),
        ctx -> JsonResponses.send(ctx, OpenApiDescription.of(table.get(), version()))));
    table.set(List.copyOf(routes));
    return table.get();
  }

  /** The answer of {@code /api/health}. */
  record Health(String status, String workspace) {}

  private static void configure(JavalinConfig config, List<ApiRoute> routes, ServerOptions options) {
    config.startup.showJavalinBanner = false;
    config.http.maxRequestSize = ServerOptions.MAX_BODY_BYTES;
    config.jetty.multipartConfig.maxFileSize(options.maxUploadBytes(), SizeUnit.BYTES);
    config.jetty.multipartConfig.maxTotalRequestSize(options.maxUploadBytes(), SizeUnit.BYTES);
    config.jetty.multipartConfig.maxInMemoryFileSize(1, SizeUnit.MB);
    config.staticFiles.add(files -> {
      files.hostedPath = "/";
      files.directory = "/web";
      files.location = Location.CLASSPATH;
      files.headers = HEADERS;
    });
    config.routes.before(ctx -> HEADERS.forEach(ctx::header));
    for (ApiRoute route : routes) {
      config.routes.addHttpHandler(route.method(), route.path(), route.handler());
    }
    config.routes.exception(IllegalArgumentException.class, (e, ctx) -> JsonResponses.error(ctx, 400, e.getMessage()));
    config.routes.exception(MissingResourceException.class, (e, ctx) -> JsonResponses.error(ctx, 404, e.getMessage()));
    config.routes.exception(ForbiddenException.class, (e, ctx) -> JsonResponses.error(ctx, 403, e.getMessage()));
    config.routes.exception(HttpResponseException.class, (e, ctx) -> JsonResponses.error(ctx, e.getStatus(), e.getMessage()));
    config.routes.exception(Exception.class, (e, ctx) -> failed(e, ctx, options));
    config.routes.error(404, ctx -> notFound(ctx));
  }

  /** Any other failure: a body Jetty refused (wrapped by the servlet layer) is the client's fault, the rest the server's. */
  private static void failed(Exception e, Context ctx, ServerOptions options) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof BadMessageException bad) {
        badMessage(bad, ctx, options);
        return;
      }
    }
    JsonResponses.error(ctx, 500, "the server failed: " + firstLine(e));
  }

  /** Jetty refuses a malformed or oversized body; an upload over the limit says so. */
  private static void badMessage(BadMessageException e, Context ctx, ServerOptions options) {
    boolean multipart = ctx.contentType() != null && ctx.contentType().startsWith("multipart/");
    if (multipart && ctx.req().getContentLengthLong() > options.maxUploadBytes()) {
      JsonResponses.error(ctx, 413, "the upload is larger than the limit of "
          + BlobStore.BlobTooLargeException.describe(options.maxUploadBytes()) + " (dyad serve --max-upload-size)");
    } else {
      JsonResponses.error(ctx, e.getCode(), "the request is malformed: " + e.getReason());
    }
  }

  private static void notFound(Context ctx) {
    if (ctx.path().startsWith("/api/") && ctx.result() == null) {
      JsonResponses.error(ctx, 404, "no such API route: " + ctx.method().name() + " " + RequestParameters.clip(ctx.path()));
    }
  }

  public int port() {
    return app.port();
  }

  /** The routes served, for tests that check the description against them. */
  List<ApiRoute> routes() {
    return routes;
  }

  static String version() {
    String version = DyadServer.class.getPackage().getImplementationVersion();
    return version == null ? "development" : version;
  }

  private static String firstLine(Throwable e) {
    Throwable shown = e;
    while (shown.getMessage() == null && shown.getCause() != null) {
      shown = shown.getCause();
    }
    String message = shown.getMessage() == null ? shown.getClass().getSimpleName() : shown.getMessage();
    return message.lines().findFirst().orElse(message).strip();
  }

  private static void closeQuietly(IngestJobs jobs) {
    try {
      jobs.close();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    app.stop();
    closeQuietly(jobs);
  }
}
