package org.dyad.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import org.dyad.core.json.DyadJson;
import org.dyad.core.sanctions.NameQuery;
import org.dyad.sanctions.match.ListMatcher;
import org.dyad.sanctions.match.RankedCandidates;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SanctionsResourceTest extends ServedSampleTest {

  @BeforeAll
  static void importTheList() throws Exception {
    SampleSanctionsList.importInto(served.workspace);
  }

  @Test
  void answersTheCandidatesTheCliPrints() throws Exception {
    ApiClient.Answer answer = served.api.get("/api/sanctions/match?name=Hassan%20Nasrallah&dob=1960&country=lb");

    assertThat(answer.status()).isEqualTo(200);
    String cli = DyadJson.write(RankedCandidates.of(new ListMatcher(SampleSanctionsList.ENTITIES)
        .match(new NameQuery("Hassan Nasrallah", 1960, "LB"), 10, SanctionsResource.MIN_SCORE)));
    assertThat(answer.body()).isEqualTo(cli);
    JsonNode first = answer.json().path("candidates").get(0);
    assertThat(first.path("entity").asLong()).isEqualTo(7);
    assertThat(first.path("matched_name").asText()).isEqualTo("NASRALLAH, Hassan");
    assertThat(first.path("explanation")).isNotEmpty();
  }

  @Test
  void aDifferingBirthYearLowersTheScore() throws Exception {
    double agreeing = served.api.get("/api/sanctions/match?name=Hassan%20Nasrallah&dob=1960").json()
        .path("candidates").get(0).path("score").asDouble();
    JsonNode differing = served.api.get("/api/sanctions/match?name=Hassan%20Nasrallah&dob=1990").json().path("candidates");
    assertThat(differing.isEmpty() || differing.get(0).path("score").asDouble() < agreeing).isTrue();
  }

  @Test
  void refusesWhenNoListIsImported() throws Exception {
    try (ServedSample bare = ServedSample.start(Files.createDirectory(dir.resolve("bare")))) {
      for (String route : new String[] {"/api/sanctions/match?name=Nasrallah", "/api/sanctions/xref"}) {
        ApiClient.Answer answer = bare.api.get(route);

        assertThat(answer.status()).as(route).isEqualTo(400);
        assertThat(answer.error()).isEqualTo("no sanctions list imported in this workspace: run 'dyad sanctions import PATH' first");
      }
    }
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "/api/sanctions/match                       | the parameter 'name' is required",
      "/api/sanctions/match?name=X&dob=1700        | dob must be from 1800 to 2100, got 1700",
      "/api/sanctions/match?name=X&dob=sixty       | dob must be a whole number from 1800 to 2100, got 'sixty'",
      "/api/sanctions/match?name=X&country=IRN     | country must be a two-letter ISO code such as IR, got 'IRN'",
      "/api/sanctions/match?name=X&limit=0         | limit must be from 1 to 1000, got 0"})
  void refusesBadParametersWithOneLine(String request, String message) throws Exception {
    ApiClient.Answer answer = served.api.get(request.strip());

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.error()).isEqualTo(message.strip());
  }
}
