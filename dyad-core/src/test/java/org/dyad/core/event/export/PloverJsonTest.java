package org.dyad.core.event.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.core.event.export.SampleEvents.DOC;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.dyad.core.event.Event;
import org.dyad.core.json.DyadJson;
import org.junit.jupiter.api.Test;

class PloverJsonTest {

  private static String write(List<Event> events, long expected) throws IOException {
    StringWriter out = new StringWriter();
    assertThat(new PloverJson().write(events, out)).isEqualTo(expected);
    return out.toString();
  }

  /** {@code event} with another code, date and Goldstein score. */
  private static Event recoded(Event event, String code, Double goldstein) {
    return new Event(event.id(), event.doc(), null, event.docDate(), event.source(), event.target(), code, goldstein,
        event.quad(), event.sentence(), event.verb(), event.rule(), event.confidence());
  }

  @Test
  void writesAPloverRecordPerEvent() throws IOException {
    assertThat(write(List.of(SampleEvents.sanctions()), 1)).isEqualTo(
        "{\"id\":\"3f9c0a1b2d4e5f60\",\"date\":\"2011-07-28\","
            + "\"source\":[{\"code\":\"USA\",\"sector\":\"GOV\",\"actor_text\":\"The United States\","
            + "\"name\":\"United States\",\"person\":null,\"cameo\":\"USAGOV\",\"start\":120,\"end\":137}],"
            + "\"recipient\":[{\"code\":\"IMG\",\"sector\":\"MUSALQ\",\"actor_text\":\"three al-Qaeda leaders\","
            + "\"name\":\"al-Qaeda\",\"person\":\"Ayman al-Zawahiri\",\"cameo\":\"IMGMUSALQ\",\"start\":160,\"end\":182}],"
            + "\"event\":[\"COERCE\"],\"mode\":[\"restrict\"],\"context\":[\"diplomatic\"],"
            + "\"event_text\":[\"imposed sanctions\"],\"event_scale\":-8.0,"
            + "\"text\":\"The United States imposed sanctions on three al-Qaeda leaders.\","
            + "\"text_info\":{\"sequence\":3,\"start\":120,\"end\":197},\"cite_info\":{\"citation\":\"" + DOC + "\"},"
            + "\"cameo\":\"163\",\"rule\":\"SANCTION: impose sanctions on\",\"confidence\":0.82}\n");
  }

  @Test
  void leavesOutCodesPloverDropsOrNeverHad() throws IOException {
    String lines = write(List.of(SampleEvents.undated(), SampleEvents.awkwardText(), SampleEvents.sanctions()), 1);
    assertThat(lines.lines()).singleElement().asString().contains("\"cameo\":\"163\"");
  }

  @Test
  void emptyValuesAreNullOrEmptyLists() throws IOException {
    Event agree = recoded(SampleEvents.undated(), "030", null);
    JsonNode record = DyadJson.mapper().readTree(write(List.of(agree), 1));

    assertThat(record.get("date").isNull()).isTrue();
    assertThat(record.get("event_scale").isNull()).isTrue();
    assertThat(record.get("event").toString()).isEqualTo("[\"AGREE\"]");
    assertThat(record.get("mode").toString()).isEqualTo("[]");
    assertThat(record.get("context").toString()).isEqualTo("[\"diplomatic\"]");
    assertThat(record.get("source").get(0).get("sector").isNull()).as("IRN has no sector").isTrue();
    assertThat(record.get("source").get(0).get("person").isNull()).isTrue();
  }

  @Test
  void keepsUnicodeAndControlCharactersOnOneLine() throws IOException {
    Event event = recoded(SampleEvents.awkwardText(), "0871", 9.0);
    String line = write(List.of(event), 1);
    assertThat(line.lines()).hasSize(1);

    JsonNode record = DyadJson.mapper().readTree(line);
    assertThat(record.get("text").asText()).isEqualTo(event.sentence().text());
    assertThat(record.get("source").get(0).get("actor_text").asText()).isEqualTo("الجيش\tالسوري 😀");
    assertThat(record.get("source").get(0).get("sector").asText()).isEqualTo("GOVMIL");
    assertThat(record.get("event").toString()).isEqualTo("[\"RETREAT\"]");
    assertThat(record.get("mode").toString()).isEqualTo("[\"ceasefire\"]");
  }
}
