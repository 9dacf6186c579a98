package org.dyad.core.event.export;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.dyad.core.event.Event;
import org.dyad.core.event.Event.EventSentence;
import org.dyad.core.event.EventActor;
import org.dyad.core.event.TextSpan;
import org.dyad.core.json.DyadJson;

/**
 * Dyad's event record as JSON Lines: one object a line, with exactly the field names and nesting of
 * DESIGN.md ("Event record"), dates as ISO {@code yyyy-MM-dd} and every key present, null when
 * empty. {@link #read} takes the same lines back; {@code root} is derived from {@code code}, so it
 * is written for readers but not read.
 */
public final class EventJsonLines implements EventWriter {

  @Override
  public long write(Iterable<Event> events, Writer out) throws IOException {
    long written = 0;
    for (Event event : events) {
      out.write(DyadJson.write(Line.of(event)));
      out.write('\n');
      written++;
    }
    out.flush();
    return written;
  }

  /**
   * One event in the form of a line, for embedding in a larger JSON document (the REST API's
   * document annotations) with the same field names as the lines.
   */
  public static Object record(Event event) {
    return Line.of(event);
  }

  /**
   * The events of JSON Lines written by {@link #write}, skipping blank lines.
   *
   * @throws IOException naming the line for a line that is not an event record
   */
  public static List<Event> read(Reader in) throws IOException {
    BufferedReader lines = in instanceof BufferedReader buffered ? buffered : new BufferedReader(in);
    List<Event> events = new ArrayList<>();
    String line;
    int number = 0;
    while ((line = lines.readLine()) != null) {
      number++;
      if (line.isBlank()) {
        continue;
      }
      try {
        Line record = DyadJson.mapper().readValue(line, Line.class);
        if (record == null) {
          throw new IOException("event line " + number + " is null, not an event record");
        }
        events.add(record.toEvent());
      } catch (JsonParseException e) {
        throw new IOException("event line " + number + " is not JSON: " + e.getOriginalMessage(), e);
      } catch (JsonProcessingException e) {
        throw new IOException("event line " + number + ": " + e.getOriginalMessage(), e);
      } catch (IllegalArgumentException | DateTimeParseException e) {
        throw new IOException("event line " + number + ": " + e.getMessage(), e);
      }
    }
    return events;
  }

  /** The record as it appears on a line; boxed fields so that a missing one is noticed, not zeroed. */
  record Line(
      String id, String doc, String date, String doc_date, Actor source, Actor target, String code, String root,
      Double goldstein, Integer quad, Sentence sentence, Verb verb, String rule, Double confidence) {

    static Line of(Event event) {
      EventSentence sentence = event.sentence();
      TextSpan verb = event.verb();
      return new Line(event.id(), event.doc(), iso(event.date()), iso(event.docDate()), Actor.of(event.source()),
          Actor.of(event.target()), event.code(), event.root(), event.goldstein(), event.quad(),
          new Sentence(sentence.index(), sentence.start(), sentence.end(), sentence.text()),
          new Verb(verb.text(), verb.start(), verb.end()), event.rule(), event.confidence());
    }

    Event toEvent() {
      Sentence s = required(sentence, "sentence");
      Verb v = required(verb, "verb");
      return new Event(required(id, "id"), required(doc, "doc"), parseDate(date), parseDate(doc_date),
          required(source, "source").toActor("source"), required(target, "target").toActor("target"),
          required(code, "code"), goldstein, quad,
          new EventSentence(required(s.index, "sentence.index"), required(s.start, "sentence.start"),
              required(s.end, "sentence.end"), required(s.text, "sentence.text")),
          new TextSpan(required(v.text, "verb.text"), required(v.start, "verb.start"), required(v.end, "verb.end")),
          required(rule, "rule"), required(confidence, "confidence"));
    }
  }

  record Actor(String code, String name, String text, Integer start, Integer end, String person) {

    static Actor of(EventActor actor) {
      return new Actor(actor.code(), actor.name(), actor.text(), actor.start(), actor.end(), actor.person());
    }

    EventActor toActor(String role) {
      return new EventActor(required(code, role + ".code"), required(name, role + ".name"),
          required(text, role + ".text"), required(start, role + ".start"), required(end, role + ".end"), person);
    }
  }

  record Sentence(Integer index, Integer start, Integer end, String text) {}

  record Verb(String text, Integer start, Integer end) {}

  private static <T> T required(T value, String field) {
    if (value == null) {
      throw new IllegalArgumentException("missing \"" + field + "\"");
    }
    return value;
  }

  private static String iso(LocalDate date) {
    return date == null ? null : date.toString();
  }

  private static LocalDate parseDate(String iso) {
    return iso == null ? null : LocalDate.parse(iso);
  }
}
