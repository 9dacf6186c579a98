package org.dyad.core.event.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.dyad.core.event.Event;
import org.dyad.core.event.EventActor;
import org.dyad.core.event.PloverCategory;
import org.dyad.core.event.PloverMapping;
import org.dyad.core.json.DyadJson;

/**
 * Events as PLOVER JSON Lines, one record a line, with the field names of the PLOVER specification
 * ("JSON Data Fields", Open Event Data Alliance) and the CAMEO code translated by a {@link
 * PloverMapping}:
 *
 * <pre>{@code
 * {"id":"3f9c0a1b2d4e5f60","date":"2011-07-28",
 *  "source":[{"code":"USA","sector":"GOV","actor_text":"The United States","name":"United States",
 *             "person":null,"cameo":"USAGOV","start":120,"end":137}],
 *  "recipient":[{...}],
 *  "event":["COERCE"],"mode":["restrict"],"context":["diplomatic"],
 *  "event_text":["imposed sanctions"],"event_scale":-8.0,
 *  "text":"…","text_info":{"sequence":3,"start":120,"end":197},"cite_info":{"citation":"<document id>"},
 *  "cameo":"163","rule":"…","confidence":0.82}
 * }</pre>
 *
 * <p>PLOVER names the target {@code recipient}, makes {@code source} and {@code recipient} lists
 * (one actor each here) and {@code event}, {@code mode} and {@code context} lists (empty when the
 * code says nothing). An actor's {@code code} is the three-letter state or group and its {@code
 * sector} the rest of the CAMEO code. {@code event_scale} is the Goldstein score. There is no
 * {@code quad_code}: PLOVER groups its own categories into quads differently from CAMEO's
 * QuadClass. The fields {@code cameo}, {@code rule}, {@code confidence} and the actors' {@code
 * name}, {@code person}, {@code start} and {@code end} are Dyad's additions, which PLOVER allows.
 *
 * <p>Events whose code has no PLOVER category (CAMEO 01 and 02, which PLOVER drops, and codes of
 * user dictionaries) are left out; {@link #write} returns how many were written.
 */
public final class PloverJson implements EventWriter {

  private final PloverMapping mapping;

  public PloverJson() {
    this(PloverMapping.plover());
  }

  public PloverJson(PloverMapping mapping) {
    this.mapping = Objects.requireNonNull(mapping, "mapping");
  }

  @Override
  public long write(Iterable<Event> events, Writer out) throws IOException {
    long written = 0;
    for (Event event : events) {
      Optional<PloverCategory> category = mapping.of(event.code());
      if (category.isPresent()) {
        out.write(DyadJson.write(Record.of(event, category.get())));
        out.write('\n');
        written++;
      }
    }
    out.flush();
    return written;
  }

  record Record(
      String id, String date, List<Actor> source, List<Actor> recipient, List<String> event, List<String> mode,
      List<String> context, List<String> event_text, Double event_scale, String text, TextInfo text_info,
      CiteInfo cite_info, String cameo, String rule, double confidence) {

    static Record of(Event event, PloverCategory category) {
      return new Record(event.id(), event.date() == null ? null : event.date().toString(),
          List.of(Actor.of(event.source())), List.of(Actor.of(event.target())), List.of(category.event()),
          category.mode() == null ? List.of() : List.of(category.mode()), category.contexts(),
          List.of(event.verb().text()), event.goldstein(), event.sentence().text(),
          new TextInfo(event.sentence().index(), event.sentence().start(), event.sentence().end()),
          new CiteInfo(event.doc()), event.code(), event.rule(), event.confidence());
    }
  }

  record Actor(String code, String sector, String actor_text, String name, String person, String cameo, int start, int end) {

    static Actor of(EventActor actor) {
      String sector = actor.code().length() > 3 ? actor.code().substring(3) : null;
      return new Actor(actor.root(), sector, actor.text(), actor.name(), actor.person(), actor.code(), actor.start(),
          actor.end());
    }
  }

  record TextInfo(int sequence, int start, int end) {}

  record CiteInfo(String citation) {}
}
