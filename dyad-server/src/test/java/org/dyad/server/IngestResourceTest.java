package org.dyad.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.dyad.core.json.DyadJson;
import org.dyad.pipeline.IngestRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestResourceTest {

  @TempDir static Path dir;
  static ServedSample served;

  @BeforeAll
  static void serve() throws Exception {
    served = ServedSample.start(dir, ServerOptions.defaults().withPort(0).withAnnotation(false, 1).withMaxUploadBytes(4096));
  }

  @AfterAll
  static void stop() throws Exception {
    served.close();
  }

  @Test
  void statusIsTheObjectTheCliPrints() throws Exception {
    JsonNode status = served.api.get("/api/status").json();

    assertThat(SearchResourceTest.names(status)).containsExactly("workspace", "schema_version", "status", "failures");
    assertThat(status.get("failures").isNull()).isTrue();
    assertThat(status.get("status").get("documents").asLong()).isGreaterThanOrEqualTo(2);
    assertThat(served.api.get("/api/status?failures=true").json().get("failures").isArray()).isTrue();
    assertThat(served.api.get("/api/status?failures=maybe").error()).isEqualTo("failures must be true or false, got 'maybe'");
  }

  @Test
  void anUploadIsIngestedInTheBackgroundAndBecomesSearchable() throws Exception {
    byte[] text = "BEIRUT, May 2, 2004 — Hezbollah praised the Zanzibarian envoy.".getBytes(StandardCharsets.UTF_8);
    ApiClient.Answer accepted = served.api.upload("/api/documents?outlet=field-notes", "../../notes.txt", text);

    assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
    String id = accepted.json().get("id").asText();
    assertThat(accepted.header("Location")).isEqualTo("/api/ingest/jobs/" + id);
    JsonNode job = waitFor(id);
    assertThat(job.get("state").asText()).as(job.toString()).isEqualTo("done");
    assertThat(job.get("run").get("report").get("ingested").asLong()).isEqualTo(1);
    JsonNode hits = served.api.get("/api/search?q=Zanzibarian").json();
    assertThat(hits.get("total").asLong()).isEqualTo(1);
    assertThat(hits.get("results").get(0).get("outlet").asText()).isEqualTo("field-notes");
    assertThat(served.api.get("/api/ingest/jobs").json().get("jobs").get(0).get("id").asText()).isEqualTo(id);
    try (var uploads = Files.list(served.workspace.root().resolve("uploads"))) {
      assertThat(uploads.toList()).as("uploaded copies are removed once the blob store has them").isEmpty();
    }
  }

  @Test
  void refusesAnUploadOverTheSizeLimit() throws Exception {
    ApiClient.Answer answer = served.api.upload("/api/documents", "big.txt", new byte[5000]);
    assertThat(answer.status()).as(answer.body()).isEqualTo(413);
    assertThat(answer.error()).doesNotContain("\n").isNotBlank();
  }

  @Test
  void refusesAnUploadWithoutFiles() throws Exception {
    ApiClient.Answer answer = served.api.post("/api/documents", "multipart/form-data; boundary=b",
        "--b\r\nContent-Disposition: form-data; name=\"other\"\r\n\r\nx\r\n--b--\r\n".getBytes(StandardCharsets.UTF_8));
    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.error()).isEqualTo("no files: send them as multipart/form-data in the field 'file'");
  }

  @Test
  void ingestsPathsOfThisMachineForTheCli() throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("corpus/wire"));
    Files.writeString(corpus.resolve("2003-01-01-talks.txt"), "Oman hosted Quarkovian talks on Jan. 1, 2003.");
    IngestRequest request = new IngestRequest(List.of(corpus.toString()), null, "B2", null, null, null, null, false, 1);

    ApiClient.Answer accepted = served.api.post("/api/ingest", "application/json", DyadJson.write(request).getBytes(StandardCharsets.UTF_8));

    assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
    assertThat(waitFor(accepted.json().get("id").asText()).get("state").asText()).isEqualTo("done");
    assertThat(served.api.get("/api/search?q=Quarkovian").json().get("results").get(0).get("outlet").asText()).isEqualTo("wire");
  }

  @Test
  void refusesABadIngestRequest() throws Exception {
    ApiClient.Answer notJson = served.api.post("/api/ingest", "application/json", "{paths".getBytes(StandardCharsets.UTF_8));
    assertThat(notJson.status()).isEqualTo(400);
    assertThat(notJson.error()).startsWith("the body is not an ingest request");
    ApiClient.Answer badGrade = served.api.post("/api/ingest", "application/json",
        "{\"paths\":[\"/no/such/folder\"],\"grade\":\"Z9\",\"threads\":1}".getBytes(StandardCharsets.UTF_8));
    assertThat(badGrade.status()).as(badGrade.body()).isEqualTo(400);
    assertThat(badGrade.error()).contains("not an Admiralty grade");
    ApiClient.Answer missing = served.api.post("/api/ingest", "application/json",
        "{\"paths\":[\"/no/such/folder\"],\"threads\":1}".getBytes(StandardCharsets.UTF_8));
    assertThat(missing.error()).isEqualTo("no such file or folder on the server's machine: /no/such/folder");
    ApiClient.Answer huge = served.api.post("/api/ingest", "application/json", new byte[(int) ServerOptions.MAX_BODY_BYTES + 1]);
    assertThat(huge.status()).isEqualTo(413);
  }

  @Test
  void anUnknownJobIs404AndABadIdIs400() throws Exception {
    assertThat(served.api.get("/api/ingest/jobs/999999").status()).isEqualTo(404);
    assertThat(served.api.get("/api/ingest/jobs/abc").status()).isEqualTo(400);
  }

  private static JsonNode waitFor(String id) throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
    while (true) {
      JsonNode job = served.api.get("/api/ingest/jobs/" + id).json();
      String state = job.get("state").asText();
      if (state.equals("done") || state.equals("failed") || Instant.now().isAfter(deadline)) {
        return job;
      }
      Thread.sleep(100);
    }
  }
}
