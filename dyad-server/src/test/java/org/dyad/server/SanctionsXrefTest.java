package org.dyad.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import org.dyad.core.json.DyadJson;
import org.dyad.core.sanctions.JudgedName;
import org.dyad.core.sanctions.Judgement;
import org.dyad.sanctions.eval.MatcherEvaluation;
import org.dyad.sanctions.match.ListMatcher;
import org.dyad.sanctions.xref.CrossReference;
import org.dyad.sanctions.xref.XrefListing;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code /api/sanctions/xref} and {@code /api/sanctions/judgements} over the sample workspace and list. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SanctionsXrefTest extends ServedSampleTest {

  @BeforeAll
  static void importTheList() throws Exception {
    SampleSanctionsList.importInto(served.workspace);
  }

  @Test
  @Order(1)
  void listsTheMatchesTheCliPrintsWithTheirEvidence() throws Exception {
    ApiClient.Answer answer = served.api.get("/api/sanctions/xref");

    assertThat(answer.status()).isEqualTo(200);
    CrossReference.Report report = new CrossReference(ListMatcher.over(served.workspace.sanctions()), MatcherEvaluation.THRESHOLD,
        false, 1).run(served.workspace.sanctions());
    assertThat(answer.body()).isEqualTo(DyadJson.write(XrefListing.of(report, XrefListing.DocumentTitles.of(served.workspace.catalogue()))));
    JsonNode matches = answer.json().path("matches");
    // al-Qaeda is named once in each sample document; the list holds it as AL QAIDA, entity 12.
    assertThat(matches).hasSize(2);
    assertThat(answer.json().path("total").asInt()).isEqualTo(2);
    JsonNode first = matches.get(0);
    assertThat(first.path("entity").asLong()).isEqualTo(12);
    assertThat(first.path("mention").asText()).isEqualTo("al-Qaeda");
    assertThat(first.path("judgement").isNull()).isTrue();
    assertThat(first.path("explanation")).isNotEmpty();
    assertThat(matches.findValuesAsText("doc")).containsExactlyInAnyOrder(served.sample.deportation, served.sample.sanctions);
    assertThat(matches.findValuesAsText("title")).containsExactlyInAnyOrder("Iran deports al-Qaeda members",
        "Sanctions on al-Qaeda in Iran");
    assertThat(matches.findValuesAsText("sentence_text")).contains(SampleWorkspace.SANCTIONS);
  }

  @Test
  @Order(2)
  void aJudgementAppliesToEveryOccurrenceAndPersists() throws Exception {
    ApiClient.Answer recorded = judge("{\"entity\": 12, \"mention\": \"AL-QAEDA \", \"judgement\": \"not-a-match\"}");

    assertThat(recorded.status()).isEqualTo(200);
    assertThat(recorded.body()).isEqualTo("{\"entity\":12,\"mention\":\"AL-QAEDA\",\"judgement\":\"not-a-match\"}");
    JsonNode open = served.api.get("/api/sanctions/xref").json();
    assertThat(open.path("matches")).isEmpty();
    assertThat(open.path("dismissed").asInt()).isEqualTo(2);
    JsonNode dismissed = served.api.get("/api/sanctions/xref?judgement=not-a-match").json().path("matches");
    assertThat(dismissed.findValuesAsText("judgement")).containsExactly("not-a-match", "not-a-match");

    assertThat(judge("{\"entity\": 12, \"mention\": \"al-Qaeda\", \"judgement\": \"match\"}").status()).isEqualTo(200);
    assertThat(served.api.get("/api/sanctions/xref?judgement=match").json().path("matches").findValuesAsText("judgement"))
        .containsExactly("match", "match");
    assertThat(served.api.get("/api/sanctions/xref?judgement=none").json().path("matches")).isEmpty();
    assertThat(served.workspace.sanctions().judgements()).containsExactly(new JudgedName(12, "al-Qaeda", Judgement.MATCH));
  }

  @Test
  @Order(3)
  void pagesWithOffsetAndLimit() throws Exception {
    JsonNode page = served.api.get("/api/sanctions/xref?judgement=all&offset=1&limit=1").json();
    assertThat(page.path("total").asInt()).isEqualTo(2);
    assertThat(page.path("matches")).hasSize(1);
    assertThat(page.path("matches").get(0).path("doc").asText())
        .isEqualTo(served.api.get("/api/sanctions/xref?judgement=all").json().path("matches").get(1).path("doc").asText());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "/api/sanctions/xref?judgement=maybe  | judgement must be open, all, match, not-a-match, unsure or none, got 'maybe'",
      "/api/sanctions/xref?min_score=0.2    | min_score must be a number from 0.5 to 1.0, got '0.2'",
      "/api/sanctions/xref?min_score=high   | min_score must be a number from 0.5 to 1.0, got 'high'",
      "/api/sanctions/xref?min_score=NaN    | min_score must be a number from 0.5 to 1.0, got 'NaN'",
      "/api/sanctions/xref?offset=-1        | offset must be from 0 to 10000000, got -1",
      "/api/sanctions/xref?limit=1001       | limit must be from 1 to 1000, got 1001"})
  void refusesBadParametersWithOneLine(String request, String message) throws Exception {
    ApiClient.Answer answer = served.api.get(request.strip());

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.error()).isEqualTo(message.strip());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "{                                                              | the body is not JSON:",
      "[12, \"al-Qaeda\", \"match\"]                                  | the body must be a JSON object",
      "{\"mention\": \"al-Qaeda\", \"judgement\": \"match\"}          | entity must be the list's entity number, a whole number from 1, got nothing",
      "{\"entity\": \"12\", \"mention\": \"x\", \"judgement\": \"match\"} | entity must be the list's entity number, a whole number from 1, got \"12\"",
      "{\"entity\": 1.5, \"mention\": \"x\", \"judgement\": \"match\"}  | entity must be the list's entity number, a whole number from 1, got 1.5",
      "{\"entity\": 999, \"mention\": \"x\", \"judgement\": \"match\"}  | entity 999 is not on the imported list",
      "{\"entity\": 12, \"mention\": \"  \", \"judgement\": \"match\"}  | mention must be the name as the documents write it, 1 to 500 characters",
      "{\"entity\": 12, \"mention\": \"x\", \"judgement\": \"perhaps\"} | a judgement is match, not-a-match or unsure, got 'perhaps'",
      "{\"entity\": 12, \"mention\": \"x\"}                            | judgement must be match, not-a-match or unsure",
      "{\"entity\": 12, \"mention\": \"x\", \"judgement\": \"match\", \"note\": \"y\"} | unknown field 'note': a judgement has entity, mention and judgement"})
  void refusesBadJudgementsWithOneLine(String body, String message) throws Exception {
    ApiClient.Answer answer = judge(body.strip());

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.error()).startsWith(message.strip()).doesNotContain("\n");
  }

  private static ApiClient.Answer judge(String body) throws Exception {
    return served.api.post("/api/sanctions/judgements", "application/json", body.getBytes(StandardCharsets.UTF_8));
  }
}
