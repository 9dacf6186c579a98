package org.dyad.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import org.dyad.core.event.EventQuery;
import org.dyad.core.event.export.EventJsonLines;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EventResourceTest extends ServedSampleTest {

  @Test
  void answersTheEventLinesTheCliWrites() throws Exception {
    ApiClient.Answer answer = served.api.get("/api/events");

    StringWriter cli = new StringWriter();
    new EventJsonLines().write(served.workspace.events().events(EventQuery.all(100)), cli);
    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.header("Content-Type")).startsWith("application/x-ndjson");
    assertThat(answer.body()).isEqualTo(cli.toString()).hasLineCount(2);
  }

  @Test
  void filtersByActorPrefixDateAndRoot() throws Exception {
    assertThat(served.api.get("/api/events?source=irn").body()).contains("\"code\":\"174\"").hasLineCount(1);
    assertThat(served.api.get("/api/events?target=IMG&from=2005-01-01").body()).contains("\"code\":\"163\"").hasLineCount(1);
    assertThat(served.api.get("/api/events?root=16").body()).contains("\"code\":\"163\"").hasLineCount(1);
    assertThat(served.api.get("/api/events?root=01").body()).isEmpty();
    assertThat(served.api.get("/api/events?limit=1").body()).hasLineCount(1);
  }

  @Test
  void writesGdeltAndPloverToo() throws Exception {
    assertThat(served.api.get("/api/events?format=gdelt").body()).contains("\t163\t");
    assertThat(served.api.get("/api/events?format=plover").header("Content-Type")).startsWith("application/json");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "/api/events?limit=-5          | limit must be from 1 to 100000, got -5",
      "/api/events?limit=1000000000  | limit must be from 1 to 100000, got 1000000000",
      "/api/events?root=21           | root must be a CAMEO root code, 01 to 20, got '21'",
      "/api/events?root=1            | root must be a CAMEO root code, 01 to 20, got '1'",
      "/api/events?source=IR         | source must be an actor code such as IRN or IMGMUSALQ, got 'IR'",
      "/api/events?target=IRN%27%3B--| target must be an actor code such as IRN or IMGMUSALQ, got 'IRN';--'",
      "/api/events?from=2001-02-30   | from must be a date yyyy-mm-dd, got '2001-02-30'",
      "/api/events?format=xml        | format must be jsonl, gdelt or plover, got 'xml'"})
  void refusesBadParametersWithOneLine(String request, String message) throws Exception {
    ApiClient.Answer answer = served.api.get(request.strip());

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.error()).isEqualTo(message.strip());
  }
}
