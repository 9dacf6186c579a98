package org.dyad.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.dyad.core.evidence.AdmiraltyGrade;
import org.dyad.core.json.DyadJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GradeResourceTest extends ServedSampleTest {

  @Test
  void gradesAnOutletAndListsIt() throws Exception {
    HttpResponse<String> answer = put("/api/grades/outlet/gulf-wire", "{\"grade\": \"b2\"}");

    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(DyadJson.mapper().readTree(answer.body()).path("outlet").path("grade").asText()).isEqualTo("B2");
    assertThat(served.workspace.grades().outletGrades()).containsEntry("gulf-wire", AdmiraltyGrade.parse("B2"));
    JsonNode outlets = served.api.get("/api/grades").json().path("outlets");
    assertThat(outlets).anySatisfy(outlet -> {
      assertThat(outlet.path("outlet").asText()).isEqualTo("gulf-wire");
      assertThat(outlet.path("grade").asText()).isEqualTo("B2");
      assertThat(outlet.path("reliability").asText()).isNotBlank();
    });
  }

  @Test
  void gradingRatesTheClustersAgainSoTheirConfidenceMoves() throws Exception {
    String relate = "/api/relate?a=IRN&b=IMGMUSALQ";
    double before = served.api.get(relate).json().path("evidence").get(0).path("confidence").asDouble();

    HttpResponse<String> answer = put("/api/grades/outlet/gulf-wire", "{\"grade\": \"A1\"}");

    assertThat(DyadJson.mapper().readTree(answer.body()).path("clusters_rated").asInt()).isEqualTo(2);
    double after = served.api.get(relate).json().path("evidence").get(0).path("confidence").asDouble();
    assertThat(after).isGreaterThan(before);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "/api/grades/outlet/gulf-wire    | {\"grade\": \"G7\"}  | 400",
      "/api/grades/outlet/gulf-wire    | {\"grade\": 2}       | 400",
      "/api/grades/outlet/gulf-wire    | {\"note\": \"B2\"}   | 400",
      "/api/grades/outlet/nowhere-news | {\"grade\": \"B2\"}  | 404"})
  void refusesABadGradeInOneLine(String route, String body, int status) throws Exception {
    HttpResponse<String> answer = put(route, body);

    assertThat(answer.statusCode()).isEqualTo(status);
    String error = DyadJson.mapper().readTree(answer.body()).path("error").asText();
    assertThat(error).isNotBlank().doesNotContain("\n");
    assertThat(served.workspace.grades().outletGrades()).doesNotContainKey("nowhere-news");
  }

  private static HttpResponse<String> put(String path, String body) throws Exception {
    try (HttpClient http = HttpClient.newHttpClient()) {
      return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + served.server.port() + path))
          .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(body)).build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
  }
}
