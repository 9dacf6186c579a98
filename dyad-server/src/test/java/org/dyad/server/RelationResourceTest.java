package org.dyad.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.dyad.analysis.relate.DyadRelation;
import org.dyad.analysis.relate.Relation;
import org.dyad.analysis.timeline.Timeline;
import org.dyad.core.analysis.ActorMatch;
import org.dyad.core.analysis.DyadQuery;
import org.dyad.core.analysis.Period;
import org.dyad.core.analysis.TimelineQuery;
import org.dyad.core.json.DyadJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RelationResourceTest extends ServedSampleTest {

  @Test
  void relateAnswersTheObjectTheCliPrints() throws Exception {
    ApiClient.Answer answer = served.api.get("/api/relate?a=Iran&b=IMGMUSALQ&by=year");

    assertThat(answer.status()).isEqualTo(200);
    DyadQuery query = new DyadQuery(new ActorMatch("IRN"), new ActorMatch("IMGMUSALQ"), Period.parse("year"), null, null,
        false, false);
    String cli = DyadJson.write(new DyadRelation(served.workspace.relations()).relate(query, 2));
    assertThat(answer.body()).isEqualTo(cli);
    JsonNode json = answer.json();
    assertThat(json.path("dyad").toString()).isEqualTo("[\"IRN\",\"IMGMUSALQ\"]");
    assertThat(json.path("series")).hasSize(1);
    assertThat(json.path("series").get(0).path("period").asText()).isEqualTo("2002");
    assertThat(json.path("evidence")).hasSize(1);
    assertThat(json.path("evidence").get(0).path("doc").asText()).isEqualTo(served.sample.deportation);
  }

  @Test
  void relateWeighsByConfidenceWhenAsked() throws Exception {
    ApiClient.Answer answer = served.api.get("/api/relate?a=IRN&b=IMGMUSALQ&weight=Confidence");

    assertThat(answer.status()).isEqualTo(200);
    DyadQuery query = new DyadQuery(new ActorMatch("IRN"), new ActorMatch("IMGMUSALQ"), Period.parse("year"), null, null,
        false, false, null, true);
    assertThat(answer.body()).isEqualTo(DyadJson.write(new DyadRelation(served.workspace.relations()).relate(query, 2)));
    assertThat(answer.json().path("counting").asText()).isEqualTo(Relation.WEIGHTED_CLUSTERS);
    assertThat(served.api.get("/api/relate?a=IRN&b=IMGMUSALQ&weight=none").json().path("counting").asText())
        .isEqualTo("clusters");
  }

  @Test
  void relateDirectedCountsOnlyWhatTheFirstDidToTheSecond() throws Exception {
    assertThat(served.api.get("/api/relate?a=IMGMUSALQ&b=IRN&directed=true").json().path("series")).isEmpty();
    assertThat(served.api.get("/api/relate?a=IRN&b=IMGMUSALQ&directed=true").json().path("series")).hasSize(1);
  }

  @Test
  void timelineAnswersTheObjectTheCliPrints() throws Exception {
    ApiClient.Answer answer = served.api.get("/api/timeline?actor=IMGMUSALQ");

    assertThat(answer.status()).isEqualTo(200);
    String cli = DyadJson.write(Timeline.of(served.workspace.relations(),
        new TimelineQuery(new ActorMatch("IMGMUSALQ"), null, null, null, 200)));
    assertThat(answer.body()).isEqualTo(cli);
    JsonNode events = answer.json().path("events");
    assertThat(events).hasSize(2);
    assertThat(events.get(0).path("date").asText()).isEqualTo("2002-08-12");
    assertThat(events.get(1).path("code").asText()).isEqualTo("163");
    assertThat(served.api.get("/api/timeline?actor=IMGMUSALQ&actor2=USA").json().path("events")).hasSize(1);
  }

  @Test
  void networkListsTheActorsAndTies() throws Exception {
    JsonNode network = served.api.get("/api/network").json();

    assertThat(network.path("nodes")).hasSize(3);
    assertThat(network.path("edges")).hasSize(2);
    assertThat(served.api.get("/api/network?actor=USA&depth=1").json().path("nodes")).hasSize(2);
    assertThat(served.api.get("/api/network?from=2010-01-01").json().path("edges")).hasSize(1);
  }

  @Test
  void networkKeepsOnlyTheQuadClassesAsked() throws Exception {
    // Both sample events are material conflict (QuadClass 4).
    assertThat(served.api.get("/api/network?quad=4").json().path("edges")).hasSize(2);
    assertThat(served.api.get("/api/network?quad=3,4&from=2010-01-01").json().path("edges")).hasSize(1);
    JsonNode cooperation = served.api.get("/api/network?quad=1,2").json();
    assertThat(cooperation.path("edges")).isEmpty();
    assertThat(cooperation.path("nodes")).isEmpty();
    assertThat(served.api.get("/api/network?quad=1,2,3,4").body()).isEqualTo(served.api.get("/api/network").body());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "/api/relate?b=IRN                       | the parameter 'a' is required",
      "/api/relate?a=IRN&b=IRN                 | a dyad needs two different actors, got IRN twice",
      "/api/relate?a=IRN&b=IMGMUSALQ&by=week   | a period is month, quarter or year, got 'week'",
      "/api/relate?a=IRN&b=IMGMUSALQ&evidence=0| evidence must be from 1 to 100, got 0",
      "/api/relate?a=IRN&b=IMGMUSALQ&directed=x| directed must be true or false, got 'x'",
      "/api/relate?a=Zzyzxland&b=IRN           | a: 'Zzyzxland' is no actor code and names no actor the dictionaries know; try its code, e.g. IRN or IMGMUSALQ",
      "/api/relate?a=IRN&b=USA&from=2002-13-01 | from must be a date yyyy-mm-dd, got '2002-13-01'",
      "/api/relate?a=IRN&b=USA&weight=grade     | weight must be none or confidence, got 'grade'",
      "/api/relate?a=IRN&b=USA&weight=confidence&events=true | weight=confidence weighs real-world events (clusters); leave out events=true",
      "/api/timeline                           | the parameter 'actor' is required",
      "/api/timeline?actor=IRN&limit=0         | limit must be from 1 to 10000, got 0",
      "/api/network?depth=11                   | depth must be from 0 to 10, got 11",
      "/api/network?min_events=0               | min_events must be from 1 to 100000, got 0",
      "/api/network?quad=5                     | quad must list QuadClasses 1 to 4 separated by commas (such as 3,4), got '5'",
      "/api/network?quad=conflict              | quad must list QuadClasses 1 to 4 separated by commas (such as 3,4), got 'conflict'"})
  void refusesBadParametersWithOneLine(String request, String message) throws Exception {
    ApiClient.Answer answer = served.api.get(request.strip());

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.error()).isEqualTo(message.strip());
  }
}
