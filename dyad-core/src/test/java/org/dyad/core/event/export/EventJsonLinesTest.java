package org.dyad.core.event.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dyad.core.event.export.SampleEvents.DOC;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.dyad.core.event.Event;
import org.dyad.core.event.Event.EventSentence;
import org.dyad.core.event.EventActor;
import org.dyad.core.event.TextSpan;
import org.dyad.core.json.DyadJson;
import org.junit.jupiter.api.Test;

class EventJsonLinesTest {

  private static String write(List<Event> events) throws IOException {
    StringWriter out = new StringWriter();
    assertThat(new EventJsonLines().write(events, out)).isEqualTo(events.size());
    return out.toString();
  }

  @Test
  void writesTheDesignRecordExactly() throws IOException {
    assertThat(write(List.of(SampleEvents.sanctions()))).isEqualTo(
        "{\"id\":\"3f9c0a1b2d4e5f60\",\"doc\":\"" + DOC + "\",\"date\":\"2011-07-28\",\"doc_date\":\"2011-07-29\","
            + "\"source\":{\"code\":\"USAGOV\",\"name\":\"United States\",\"text\":\"The United States\",\"start\":120,"
            + "\"end\":137,\"person\":null},"
            + "\"target\":{\"code\":\"IMGMUSALQ\",\"name\":\"al-Qaeda\",\"text\":\"three al-Qaeda leaders\",\"start\":160,"
            + "\"end\":182,\"person\":\"Ayman al-Zawahiri\"},"
            + "\"code\":\"163\",\"root\":\"16\",\"goldstein\":-8.0,\"quad\":4,"
            + "\"sentence\":{\"index\":3,\"start\":120,\"end\":197,"
            + "\"text\":\"The United States imposed sanctions on three al-Qaeda leaders.\"},"
            + "\"verb\":{\"text\":\"imposed sanctions\",\"start\":138,\"end\":155},"
            + "\"rule\":\"SANCTION: impose sanctions on\",\"confidence\":0.82}\n");
  }

  @Test
  void fieldNamesAndNestingAreThoseOfTheDesign() throws IOException {
    JsonNode record = DyadJson.mapper().readTree(write(List.of(SampleEvents.undated())));
    assertThat(fieldNames(record)).containsExactly("id", "doc", "date", "doc_date", "source", "target", "code", "root",
        "goldstein", "quad", "sentence", "verb", "rule", "confidence");
    for (String actor : List.of("source", "target")) {
      assertThat(fieldNames(record.get(actor))).containsExactly("code", "name", "text", "start", "end", "person");
    }
    assertThat(fieldNames(record.get("sentence"))).containsExactly("index", "start", "end", "text");
    assertThat(fieldNames(record.get("verb"))).containsExactly("text", "start", "end");
    for (String empty : List.of("date", "doc_date", "goldstein", "quad")) {
      assertThat(record.get(empty).isNull()).as(empty + " is null, not absent").isTrue();
    }
    assertThat(record.get("target").get("person").isNull()).isTrue();
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  @Test
  void readsBackWhatItWrote() throws IOException {
    List<Event> events = List.of(SampleEvents.sanctions(), SampleEvents.undated(), SampleEvents.awkwardText());
    String lines = write(events);

    assertThat(lines.lines()).as("one line per event, newlines in text escaped").hasSize(3);
    assertThat(EventJsonLines.read(new StringReader(lines))).containsExactlyElementsOf(events);
    assertThat(EventJsonLines.read(new StringReader("\n" + lines + "\n  \n"))).as("blank lines skipped").hasSize(3);
  }

  @Test
  void anyTextRoundTrips() {
    qt().withExamples(300).forAll(strings().allPossible().ofLengthBetween(0, 40)).checkAssert(text -> {
      EventActor source = new EventActor("IRN", text, text, 0, 1, text);
      EventActor target = new EventActor("SYR", text, text, 2, 3, null);
      TextSpan verb = new TextSpan(text, 1, 2);
      Event event = new Event("0123456789abcdef", text.isEmpty() ? "doc" : text, null, null, source, target, "042",
          1.9, 1, new EventSentence(0, 0, 3, text), verb, text, 0.5);
      try {
        String lines = write(List.of(event));
        assertThat(lines.indexOf('\n')).isEqualTo(lines.length() - 1);
        assertThat(EventJsonLines.read(new StringReader(lines))).containsExactly(event);
      } catch (IOException e) {
        throw new AssertionError(e);
      }
    });
  }

  @Test
  void aBrokenLineIsNamed() {
    String good = DyadJson.write(EventJsonLines.Line.of(SampleEvents.sanctions()));
    assertThatThrownBy(() -> EventJsonLines.read(new StringReader(good + "\n{\"id\":")))
        .isInstanceOf(IOException.class).hasMessageStartingWith("event line 2 is not JSON");
    assertThatThrownBy(() -> EventJsonLines.read(new StringReader(good.replace("\"source\":{", "\"src\":{"))))
        .isInstanceOf(IOException.class).hasMessage("event line 1: missing \"source\"");
    assertThatThrownBy(() -> EventJsonLines.read(new StringReader(good.replace("\"id\":\"3f9c0a1b2d4e5f60\",", ""))))
        .isInstanceOf(IOException.class).hasMessage("event line 1: missing \"id\"");
    assertThatThrownBy(() -> EventJsonLines.read(new StringReader(good.replace("\"name\":\"al-Qaeda\",", ""))))
        .isInstanceOf(IOException.class).hasMessage("event line 1: missing \"target.name\"");
    assertThatThrownBy(() -> EventJsonLines.read(new StringReader("null")))
        .isInstanceOf(IOException.class).hasMessage("event line 1 is null, not an event record");
    assertThatThrownBy(() -> EventJsonLines.read(new StringReader(good.replace("\"start\":120", "\"start\":\"x\""))))
        .isInstanceOf(IOException.class).hasMessageStartingWith("event line 1: Cannot deserialize");
    assertThatThrownBy(() -> EventJsonLines.read(new StringReader(good.replace("2011-07-28", "28/07/2011"))))
        .isInstanceOf(IOException.class).hasMessageStartingWith("event line 1: ");
  }

  @Test
  void anyInputReadsOrFailsNamingTheLine() {
    String good = DyadJson.write(EventJsonLines.Line.of(SampleEvents.sanctions()));
    qt().withExamples(1000).forAll(strings().allPossible().ofLengthBetween(0, 60)).checkAssert(noise -> {
      for (String input : List.of(noise, good.substring(0, noise.length() % good.length()) + noise,
          good.replace("120", noise.isEmpty() ? "x" : noise))) {
        try {
          EventJsonLines.read(new StringReader(input));
        } catch (IOException e) {
          assertThat(e.getMessage()).startsWith("event line ");
        }
      }
    });
  }
}
