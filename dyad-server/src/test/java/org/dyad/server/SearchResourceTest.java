package org.dyad.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.dyad.core.json.DyadJson;
import org.dyad.core.search.SearchRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SearchResourceTest extends ServedSampleTest {

  @Test
  void answersExactlyWhatTheCliPrintsForTheSameSearch() throws Exception {
    ApiClient.Answer answer = served.api.get("/api/search?q=al-Qaeda&limit=5");

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.header("Content-Type")).startsWith("application/json");
    String cli = DyadJson.write(served.workspace.index().search(new SearchRequest("al-Qaeda", null, null, null, 5)));
    assertThat(answer.body()).isEqualTo(cli);
    JsonNode json = answer.json();
    assertThat(json.get("total").asLong()).isEqualTo(2);
    assertThat(names(json.get("results").get(0))).containsExactly("doc", "file", "path", "title", "date", "outlet", "score", "snippets");
  }

  @Test
  void filtersByDateAndOutlet() throws Exception {
    assertThat(served.api.get("/api/search?q=Iran&from=2010-01-01").json().get("total").asLong()).isEqualTo(1);
    assertThat(served.api.get("/api/search?q=Iran&outlet=gulf-wire").json().get("results").get(0).get("doc").asText())
        .isEqualTo(served.sample.deportation);
  }

  @Test
  void facetsCountOutletsMonthsAndActorsOfTheMatches() throws Exception {
    JsonNode facets = served.api.get("/api/search/facets?q=Iran").json();

    assertThat(facets.get("outlets").toString()).contains("{\"value\":\"gulf-wire\",\"count\":1}", "{\"value\":\"capitol-ledger\",\"count\":1}");
    assertThat(facets.get("months").toString()).isEqualTo("[{\"value\":\"2002-08\",\"count\":1},{\"value\":\"2011-07\",\"count\":1}]");
    assertThat(facets.get("actors").get(0).toString()).isEqualTo("{\"code\":\"IMG\",\"actor\":\"al-Qaeda\",\"count\":2}");
    assertThat(facets.get("actors").get(2).toString()).isEqualTo("{\"code\":\"USA\",\"actor\":\"United States\",\"count\":1}");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "/api/search?q=Iran&limit=-1        | limit must be from 1 to 1000, got -1",
      "/api/search?q=Iran&limit=0         | limit must be from 1 to 1000, got 0",
      "/api/search?q=Iran&limit=1001      | limit must be from 1 to 1000, got 1001",
      "/api/search?q=Iran&limit=99999999999999 | limit must be a whole number from 1 to 1000, got '99999999999999'",
      "/api/search?q=Iran&limit=ten       | limit must be a whole number from 1 to 1000, got 'ten'",
      "/api/search?q=Iran&from=2002-13-01 | from must be a date yyyy-mm-dd, got '2002-13-01'",
      "/api/search?q=Iran&from=2011-01-01&to=2002-01-01 | --from 2011-01-01 is after --to 2002-01-01",
      "/api/search?limit=3                | the parameter 'q' is required",
      "/api/search?q=%22unclosed          | ",
      "/api/search/facets?q=Iran&to=yesterday | to must be a date yyyy-mm-dd, got 'yesterday'"})
  void refusesBadParametersWithOneLine(String request, String message) throws Exception {
    ApiClient.Answer answer = served.api.get(request.strip());

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.error()).doesNotContain("\n").isNotBlank();
    if (message != null) {
      assertThat(answer.error()).isEqualTo(message.strip());
    }
  }

  @Test
  void refusesAnOverlongQuery() throws Exception {
    ApiClient.Answer answer = served.api.get("/api/search?q=" + "a".repeat(RequestParameters.MAX_LENGTH + 1));
    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.error()).isEqualTo("q is longer than 2000 characters");
  }

  static List<String> names(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
