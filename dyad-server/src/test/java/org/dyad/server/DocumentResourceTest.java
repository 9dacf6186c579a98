package org.dyad.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DocumentResourceTest extends ServedSampleTest {

  @Test
  void metadataNamesTheDocument() throws Exception {
    JsonNode document = served.api.get("/api/documents/" + served.sample.deportation).json().get("document");

    assertThat(document.get("id").asText()).isEqualTo(served.sample.deportation);
    assertThat(document.get("outlet").asText()).isEqualTo("gulf-wire");
    assertThat(document.get("date").asText()).isEqualTo("2002-08-12");
  }

  @Test
  void textIsReturnedAsJsonDataMarkupAndAll() throws Exception {
    ApiClient.Answer answer = served.api.get("/api/documents/" + served.sample.deportation + "/text");

    assertThat(SearchResourceTest.names(answer.json())).containsExactly("document", "text");
    assertThat(answer.json().get("text").asText()).isEqualTo(SampleWorkspace.DEPORTATION);
    assertThat(answer.header("Content-Type")).startsWith("application/json");
    assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
  }

  @Test
  void annotationsGiveMentionsAndEventsAsOffsetsIntoTheText() throws Exception {
    JsonNode annotations = served.api.get("/api/documents/" + served.sample.sanctions + "/annotations").json();

    assertThat(annotations.get("mentions")).hasSize(3);
    JsonNode usa = annotations.get("mentions").get(0);
    assertThat(SampleWorkspace.SANCTIONS.substring(usa.get("start").asInt(), usa.get("end").asInt())).isEqualTo("The United States");
    JsonNode event = annotations.get("events").get(0);
    assertThat(event.get("code").asText()).isEqualTo("163");
    assertThat(event.get("root").asText()).isEqualTo("16");
    assertThat(SampleWorkspace.SANCTIONS.substring(event.get("verb").get("start").asInt(), event.get("verb").get("end").asInt()))
        .isEqualTo("imposed sanctions");
  }

  @Test
  void originalIsTheIngestedBytesAsADownloadWithASafeName() throws Exception {
    ApiClient.Answer answer = served.api.get("/api/documents/" + served.sample.deportation + "/original");

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.response().body()).isEqualTo(SampleWorkspace.DEPORTATION.getBytes(StandardCharsets.UTF_8));
    assertThat(answer.header("Content-Disposition")).isEqualTo("attachment; filename=\"2002-08-12-deportations.txt\"");
  }

  @Test
  void safeFileNameKeepsQuotesAndSeparatorsOutOfTheHeader() {
    assertThat(DocumentResource.safeFileName("../a\"b\r\nc.pdf")).isEqualTo(".._a_b__c.pdf");
    assertThat(DocumentResource.safeFileName("\"")).isEqualTo("_");
    assertThat(DocumentResource.safeFileName("")).isEqualTo("document");
  }

  @ParameterizedTest
  @ValueSource(strings = {"..%2F..%2F..%2Fetc%2Fpasswd", "..", "abc", "%2e%2e", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"})
  void refusesAnythingButASha256AsTheId(String id) throws Exception {
    for (String suffix : new String[] {"", "/text", "/annotations", "/original"}) {
      ApiClient.Answer answer = served.api.get("/api/documents/" + id + suffix);
      if (answer.status() == 404) {
        // Jetty may refuse an encoded separator before routing; then nothing was read either.
        assertThat(answer.body()).doesNotContain("root:");
        continue;
      }
      assertThat(answer.status()).as(id + suffix).isEqualTo(400);
      assertThat(answer.error()).startsWith("a document id is 64 hex digits (its sha256), got");
    }
  }

  @Test
  void anUnknownDocumentIs404() throws Exception {
    ApiClient.Answer answer = served.api.get("/api/documents/" + "0".repeat(64) + "/original");
    assertThat(answer.status()).isEqualTo(404);
    assertThat(answer.error()).isEqualTo("no document " + "0".repeat(64) + " in this workspace");
  }
}
