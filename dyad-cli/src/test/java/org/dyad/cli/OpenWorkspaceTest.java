package org.dyad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dyad.core.json.DyadJson;
import org.dyad.pipeline.LocalWorkspace;
import org.dyad.server.DyadServer;
import org.dyad.server.ServedWorkspace;
import org.dyad.server.ServerOptions;
import org.dyad.store.Workspace;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** While {@code dyad serve} holds a workspace, the CLI's commands on it go through the server's API. */
class OpenWorkspaceTest {

  @TempDir static Path dir;
  static Path root;
  static Workspace held;
  static DyadServer server;

  record Run(int exit, String out, String err) {}

  static Run dyad(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    List<String> all = new ArrayList<>(List.of("--workspace", root.toString()));
    all.addAll(List.of(args));
    int exit = DyadCli.run(all.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(exit, out.toString(), err.toString());
  }

  @BeforeAll
  static void serveAnIngestedWorkspace() throws Exception {
    root = dir.resolve("ws");
    Path wire = Files.createDirectories(dir.resolve("corpus/gulf-wire"));
    Files.writeString(wire.resolve("2002-08-12-deportations.txt"), "RIYADH, Aug. 12, 2002 — Iran deported sixteen al-Qaida members.");
    Run ingest = dyad("ingest", "--no-annotate", dir.resolve("corpus").toString());
    assertThat(ingest.exit()).as(ingest.err()).isZero();
    held = Workspace.open(root, "dyad serve");
    server = DyadServer.start(held, ServerOptions.defaults().withPort(0).withAnnotation(false, 1));
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
    held.close();
  }

  @Test
  void theServerIsFoundAndALocalAccessOtherwise() throws Exception {
    try (var access = OpenWorkspace.access(dyadFor(root), "test", false)) {
      assertThat(access).isInstanceOf(ServedWorkspace.class);
    }
    try (var access = OpenWorkspace.access(dyadFor(dir.resolve("elsewhere")), "test", false)) {
      assertThat(access).isInstanceOf(LocalWorkspace.class);
    }
  }

  @Test
  void searchPrintsWhatTheApiAnswers() throws Exception {
    Run run = dyad("search", "--json", "--limit", "3", "Iran");

    assertThat(run.exit()).as(run.err()).isZero();
    String api = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
        URI.create("http://127.0.0.1:" + server.port() + "/api/search?q=Iran&limit=3")).build(), HttpResponse.BodyHandlers.ofString()).body();
    assertThat(run.out().strip()).isEqualTo(api);
  }

  @Test
  void statusEventsAndActorsWorkWhileTheServerHoldsTheLock() throws Exception {
    Run status = dyad("status", "--json", "--failures");
    assertThat(status.exit()).as(status.err()).isZero();
    JsonNode json = DyadJson.mapper().readTree(status.out());
    assertThat(json.get("workspace").asText()).isEqualTo(root.toString());
    assertThat(json.get("status").get("documents").asLong()).isGreaterThanOrEqualTo(1);

    Run events = dyad("events", "--source", "IRN");
    assertThat(events.exit()).as(events.err()).isZero();
    assertThat(events.out()).isEqualTo("No events match.\n");

    Run actors = dyad("actors", "--json");
    assertThat(actors.exit()).as(actors.err()).isZero();
    assertThat(actors.out().strip()).isEqualTo("{\"actors\":[]}");
  }

  @Test
  void ingestGoesThroughTheServer() throws Exception {
    Path more = Files.createDirectories(dir.resolve("more/levant"));
    Files.writeString(more.resolve("2006-07-13-raid.txt"), "BEIRUT, July 13, 2006 — Hezbollah seized two Vorlanian soldiers.");

    Run run = dyad("ingest", "--no-annotate", "--json", dir.resolve("more").toString());

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(DyadJson.mapper().readTree(run.out()).get("ingested").asLong()).isEqualTo(1);
    assertThat(held.index().search(org.dyad.core.search.SearchRequest.of("Vorlanian")).total()).isEqualTo(1);
  }

  @Test
  void aCommandThatCannotGoThroughTheServerSaysSoInOneLine() {
    Run run = dyad("show", "abcdef12");

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err().strip()).startsWith("dyad: workspace " + root + " is served by process " + ProcessHandle.current().pid())
        .contains("on port " + server.port()).doesNotContain("\n");
  }

  @Test
  void badInputIsStillOneLineFromTheServer() {
    Run run = dyad("events", "--from", "2002-02-30");
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err().strip()).isEqualTo("dyad: --from must be a date yyyy-mm-dd, got '2002-02-30'");
    Run search = dyad("search", "\"unclosed");
    assertThat(search.exit()).isEqualTo(1);
    assertThat(search.err().strip()).startsWith("dyad: ").doesNotContain("\n");
  }

  private static DyadCli dyadFor(Path workspace) {
    DyadCli cli = new DyadCli();
    cli.workspace = workspace;
    return cli;
  }
}
