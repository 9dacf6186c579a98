package org.dyad.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dyad.core.event.Event;
import org.dyad.core.event.Event.EventSentence;
import org.dyad.core.event.EventActor;
import org.dyad.core.event.TextSpan;
import org.dyad.core.nlp.ActorAlias;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ActorResourceTest {

  @TempDir static Path dir;
  static ServedSample served;

  @BeforeAll
  static void serve() throws Exception {
    served = ServedSample.start(dir);
    served.workspace.annotations().addAlias(new ActorAlias("the Base", "IMGMUSALQ"));
  }

  @AfterAll
  static void stop() throws Exception {
    served.close();
  }

  @Test
  void listsActorsMostMentionedFirstAsTheCliDoes() throws Exception {
    JsonNode actors = served.api.get("/api/actors?limit=2").json();

    assertThat(SearchResourceTest.names(actors)).containsExactly("actors");
    assertThat(actors.get("actors")).hasSize(2);
    assertThat(actors.get("actors").get(0).toString())
        .isEqualTo("{\"code\":\"IMGMUSALQ\",\"actor\":\"al-Qaeda\",\"mentions\":2,\"documents\":2,\"example\":\"al-Qaeda\"}");
  }

  @Test
  void anActorsPageHasItsCountsAliasesAndPartners() throws Exception {
    JsonNode page = served.api.get("/api/actors/imgmusalq").json();

    assertThat(page.get("code").asText()).isEqualTo("IMGMUSALQ");
    assertThat(page.get("actor").get("mentions").asLong()).isEqualTo(2);
    assertThat(page.get("aliases").toString()).isEqualTo("[{\"phrase\":\"the Base\",\"code\":\"IMGMUSALQ\"}]");
    assertThat(page.get("partners").toString()).isEqualTo("[{\"code\":\"IRN\",\"name\":\"Iran\",\"as_target\":0,\"as_source\":1,\"events\":1},"
        + "{\"code\":\"USA\",\"name\":\"United States\",\"as_target\":0,\"as_source\":1,\"events\":1}]");
  }

  @Test
  void partnersCountBothDirectionsAndRankByEvents() {
    Event out1 = event("IRN", "SYR");
    Event out2 = event("IRN", "SYR");
    Event in = event("IRQ", "IRN");
    Event back = event("SYR", "IRN");

    assertThat(ActorResource.partners(List.of(out1, out2), List.of(in, back))).containsExactly(
        new ActorResource.Partner("SYR", "SYR name", 2, 1, 3), new ActorResource.Partner("IRQ", "IRQ name", 0, 1, 1));
  }

  @Test
  void refusesABadCodeAndAnUnknownActor() throws Exception {
    ApiClient.Answer bad = served.api.get("/api/actors/%3Cscript%3E");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.error()).isEqualTo("code must be an actor code such as IRN or IMGMUSALQ, got '<script>'");
    ApiClient.Answer unknown = served.api.get("/api/actors/ZZZ");
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.error()).isEqualTo("no actor ZZZ in this workspace");
    assertThat(served.api.get("/api/actors?limit=0").status()).isEqualTo(400);
    assertThat(served.api.get("/api/actors/unresolved?limit=100001").status()).isEqualTo(400);
  }

  @Test
  void unresolvedNamesAreEmptyBeforeDiscovery() throws Exception {
    assertThat(served.api.get("/api/actors/unresolved").body()).isEqualTo("{\"names\":[]}");
  }

  private static Event event(String source, String target) {
    EventActor from = new EventActor(source, source + " name", "x", 0, 1, null);
    EventActor to = new EventActor(target, target + " name", "y", 4, 5, null);
    TextSpan verb = new TextSpan("met", 1, 4);
    return new Event(Event.idOf("d", 0, from, verb, to, "040"), "d", LocalDate.of(2001, 1, 1), null, from, to, "040", 1.0, 1,
        new EventSentence(0, 0, 5, "xmety"), verb, "rule", 0.5);
  }
}
