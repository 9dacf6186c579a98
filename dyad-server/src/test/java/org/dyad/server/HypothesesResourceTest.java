package org.dyad.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.dyad.core.json.DyadJson;
import org.dyad.evidence.ach.AchAnalysis;
import org.dyad.evidence.ach.Rating;
import org.dyad.evidence.ach.StoredBoards;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HypothesesResourceTest extends ServedSampleTest {

  @BeforeEach
  void storeTheBoard() throws Exception {
    SampleBoard.storeIn(served.workspace);
  }

  @Test
  void listsTheBoards() throws Exception {
    JsonNode boards = served.api.get("/api/hypotheses").json().path("boards");

    assertThat(boards).hasSize(1);
    assertThat(boards.get(0).path("name").asText()).isEqualTo(SampleBoard.NAME);
    assertThat(boards.get(0).path("question").asText()).isEqualTo("How does Iran stand to al-Qaeda?");
    assertThat(boards.get(0).path("hypotheses").asInt()).isEqualTo(3);
    assertThat(boards.get(0).path("evidence").asInt()).isEqualTo(2);
  }

  @Test
  void answersTheAnalysisTheCliPrints() throws Exception {
    ApiClient.Answer answer = served.api.get("/api/hypotheses/" + SampleBoard.NAME);

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.body()).isEqualTo(DyadJson.write(AchAnalysis.of(SampleBoard.board())));
    JsonNode analysis = answer.json();
    double w = analysis.path("board").path("evidence").get(0).path("weight").asDouble();
    assertThat(w).isPositive();
    assertThat(ranking(analysis)).containsExactly("1 H2 0.000", "2 H1 " + score(w), "3 H3 " + score(2 * w));
    assertThat(analysis.path("diagnosticity")).hasSize(2);
    assertThat(analysis.path("board").path("evidence").get(0).path("grade").asText()).isEqualTo("A1");
    assertThat(analysis.path("sensitivity").has("critical")).isTrue();
  }

  @Test
  void aRatingChangesTheRankingAndIsStored() throws Exception {
    ApiClient.Answer answer = rate("{\"evidence\": \"E1\", \"hypothesis\": \"H2\", \"rating\": \"ii\"}");

    assertThat(answer.status()).isEqualTo(200);
    double w = answer.json().path("board").path("evidence").get(0).path("weight").asDouble();
    assertThat(ranking(answer.json())).containsExactly("1 H1 " + score(w), "2 H2 " + score(2 * w), "2 H3 " + score(2 * w));
    assertThat(new StoredBoards(served.workspace.boards()).find(SampleBoard.NAME).orElseThrow().rating("E1", "H2"))
        .isEqualTo(Rating.II);
    assertThat(served.api.get("/api/hypotheses/" + SampleBoard.NAME).body()).isEqualTo(answer.body());
  }

  @Test
  void servesThePrintableReport() throws Exception {
    ApiClient.Answer answer = served.api.get("/api/hypotheses/" + SampleBoard.NAME + "/report");

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.header("Content-Type")).startsWith("text/html");
    assertThat(answer.body()).contains("How does Iran stand to al-Qaeda?").doesNotContain("<img src=x");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "/api/hypotheses/nothing-here         | 404 | no board called nothing-here; GET /api/hypotheses lists them",
      "/api/hypotheses/nothing-here/report  | 404 | no board called nothing-here; GET /api/hypotheses lists them"})
  void answersOneLineForAnUnknownBoard(String route, int status, String error) throws Exception {
    ApiClient.Answer answer = served.api.get(route);

    assertThat(answer.status()).isEqualTo(status);
    assertThat(answer.error()).isEqualTo(error);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "{\"evidence\": \"E1\", \"hypothesis\": \"H1\", \"rating\": \"XX\"} | 400 | a rating is one of CC, C, N, I, II or NA, got 'XX'",
      "{\"evidence\": \"E1\", \"hypothesis\": \"H1\"}                   | 400 | a rating is one of CC, C, N, I, II or NA, got 'null'",
      "{\"evidence\": \"E1\", \"hypothesis\": \"H1\", \"rating\": 2}     | 400 | a rating is one of CC, C, N, I, II or NA, got 'null'",
      "{\"evidence\": 1, \"hypothesis\": \"H1\", \"rating\": \"C\"}      | 400 | evidence and hypothesis must be the ids of an item and a hypothesis of the board",
      "{\"evidence\": \"E9\", \"hypothesis\": \"H1\", \"rating\": \"C\"}  | 404 | board iran-aq has no evidence item E9",
      "{\"evidence\": \"E1\", \"hypothesis\": \"H9\", \"rating\": \"C\"}  | 404 | board iran-aq has no hypothesis H9",
      "{\"evidence\": \"E1\", \"hypothesis\": \"H1\", \"rating\": \"C\", \"why\": 1} | 400 | unknown field 'why': a rating has evidence, hypothesis and rating",
      "[\"E1\", \"H1\", \"C\"]                                            | 400 | the body must be a JSON object {\"evidence\", \"hypothesis\", \"rating\"}",
      "{not json                                                         | 400 | the body is not JSON: Unexpected character ('n' (code 110)): was expecting double-quote to start field name"})
  void refusesABadRatingInOneLine(String body, int status, String error) throws Exception {
    ApiClient.Answer answer = rate(body);

    assertThat(answer.status()).isEqualTo(status);
    assertThat(answer.error()).isEqualTo(error);
    assertThat(new StoredBoards(served.workspace.boards()).find(SampleBoard.NAME).orElseThrow())
        .isEqualTo(SampleBoard.board());
  }

  @Test
  void ratingAnUnknownBoardIsNotFound() throws Exception {
    ApiClient.Answer answer = served.api.post("/api/hypotheses/nothing-here/ratings", "application/json",
        "{\"evidence\": \"E1\", \"hypothesis\": \"H1\", \"rating\": \"C\"}".getBytes(StandardCharsets.UTF_8));

    assertThat(answer.status()).isEqualTo(404);
  }

  private static ApiClient.Answer rate(String body) throws Exception {
    return served.api.post("/api/hypotheses/" + SampleBoard.NAME + "/ratings", "application/json",
        body.getBytes(StandardCharsets.UTF_8));
  }

  /** "rank id score" for each hypothesis, in the order answered. */
  private static List<String> ranking(JsonNode analysis) {
    List<String> lines = new ArrayList<>();
    for (JsonNode ranked : analysis.path("ranking")) {
      lines.add(ranked.path("rank").asInt() + " " + ranked.path("hypothesis").path("id").asText() + " "
          + score(ranked.path("inconsistency").asDouble()));
    }
    return lines;
  }

  private static String score(double value) {
    return String.format(java.util.Locale.ROOT, "%.3f", value);
  }
}
