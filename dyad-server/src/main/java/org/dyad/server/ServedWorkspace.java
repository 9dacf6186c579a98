package org.dyad.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import org.dyad.core.event.Event;
import org.dyad.core.event.EventQuery;
import org.dyad.core.event.export.EventJsonLines;
import org.dyad.core.json.DyadJson;
import org.dyad.core.nlp.ActorCount;
import org.dyad.core.nlp.UnresolvedName;
import org.dyad.core.search.SearchRequest;
import org.dyad.core.search.SearchResults;
import org.dyad.pipeline.IngestRequest;
import org.dyad.pipeline.PipelineListener;
import org.dyad.pipeline.PipelineRun;
import org.dyad.pipeline.WorkspaceAccess;
import org.dyad.pipeline.WorkspaceReport;
import org.dyad.store.WorkspaceLock;

/**
 * A workspace held by a running {@code dyad serve}, reached through its REST API on this machine.
 * Answers are read back into the same records the server wrote.
 */
public final class ServedWorkspace implements WorkspaceAccess {

  private static final Duration POLL = Duration.ofMillis(500);
  private final URI base;
  private final HttpClient http;

  ServedWorkspace(URI base) {
    this.base = base;
    this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  }

  /**
   * The server holding the workspace at {@code root}, if one is running: the lock names its port,
   * its process is alive, and its health check names this workspace.
   */
  public static Optional<ServedWorkspace> find(Path root) throws IOException {
    Optional<WorkspaceLock.Holder> holder = WorkspaceLock.holder(root);
    if (holder.isEmpty() || holder.get().port() <= 0
        || !ProcessHandle.of(holder.get().pid()).map(ProcessHandle::isAlive).orElse(false)) {
      return Optional.empty();
    }
    ServedWorkspace served = new ServedWorkspace(URI.create("http://127.0.0.1:" + holder.get().port()));
    try {
      JsonNode health = DyadJson.mapper().readTree(served.get("/api/health", Map.of()));
      return Path.of(health.path("workspace").asText()).equals(root) ? Optional.of(served) : Optional.empty();
    } catch (IOException unreachable) {
      // A lock left by a server that stopped, or one bound to another address: not reachable here.
      return Optional.empty();
    }
  }

  @Override
  public SearchResults search(SearchRequest request) throws IOException {
    Map<String, Object> query = new LinkedHashMap<>();
    query.put("q", request.query());
    query.put("from", request.from());
    query.put("to", request.to());
    query.put("outlet", request.outlet());
    query.put("limit", request.limit());
    return DyadJson.mapper().readValue(get("/api/search", query), SearchResults.class);
  }

  @Override
  public WorkspaceReport status(boolean withFailures) throws IOException {
    return DyadJson.mapper().readValue(get("/api/status", Map.of("failures", withFailures)), WorkspaceReport.class);
  }

  @Override
  public List<Event> events(EventQuery query) throws IOException {
    Map<String, Object> parameters = new LinkedHashMap<>();
    parameters.put("source", query.source());
    parameters.put("target", query.target());
    parameters.put("from", query.from());
    parameters.put("to", query.to());
    parameters.put("root", query.root());
    parameters.put("limit", Math.min(query.limit(), EventResource.MAX_LIMIT));
    return EventJsonLines.read(new StringReader(get("/api/events", parameters)));
  }

  @Override
  public List<ActorCount> actors(int limit) throws IOException {
    return DyadJson.mapper().readValue(get("/api/actors", Map.of("limit", limit)), ActorResource.Actors.class).actors();
  }

  @Override
  public List<UnresolvedName> unresolvedNames(int limit) throws IOException {
    return DyadJson.mapper().readValue(get("/api/actors/unresolved", Map.of("limit", limit)), ActorResource.Names.class).names();
  }

  @Override
  public PipelineRun ingest(IngestRequest request, PipelineListener listener) throws IOException, InterruptedException {
    HttpRequest post = HttpRequest.newBuilder(base.resolve("/api/ingest"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(DyadJson.write(request))).build();
    String id = DyadJson.mapper().readTree(send(post)).path("id").asText();
    String phase = null;
    while (true) {
      JsonNode job = DyadJson.mapper().readTree(get("/api/ingest/jobs/" + id, Map.of()));
      String now = job.path("phase").asText(null);
      if (now != null && !now.equals(phase)) {
        listener.phase(PipelineListener.Phase.valueOf(now.toUpperCase(java.util.Locale.ROOT)));
        phase = now;
      }
      listener.annotated(job.path("annotated").asLong());
      listener.coded(job.path("coded").asLong());
      switch (job.path("state").asText()) {
        case "done" -> {
          return DyadJson.mapper().treeToValue(job.get("run"), PipelineRun.class);
        }
        case "failed" -> throw new IOException("the server's ingest failed: " + job.path("error").asText());
        default -> Thread.sleep(POLL);
      }
    }
  }

  @Override
  public String describe() {
    return "the Dyad server at " + base;
  }

  @Override
  public void close() {
    http.close();
  }

  String get(String path, Map<String, ?> parameters) throws IOException {
    StringJoiner query = new StringJoiner("&", "?", "").setEmptyValue("");
    parameters.forEach((name, value) -> {
      if (value != null) {
        query.add(name + "=" + URLEncoder.encode(value.toString(), StandardCharsets.UTF_8));
      }
    });
    return send(HttpRequest.newBuilder(base.resolve(path + query)).GET().build());
  }

  private String send(HttpRequest request) throws IOException {
    HttpResponse<String> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while asking " + describe(), e);
    }
    if (response.statusCode() / 100 == 2) {
      return response.body();
    }
    String message;
    try {
      message = DyadJson.mapper().readTree(response.body()).path("error").asText("HTTP " + response.statusCode());
    } catch (IOException notJson) {
      message = "HTTP " + response.statusCode();
    }
    if (response.statusCode() == 400) {
      throw new IllegalArgumentException(message);
    }
    throw new IOException(describe() + " answered: " + message);
  }
}
