package org.dyad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.dyad.core.analysis.EventJudgement;
import org.dyad.core.event.Event;
import org.dyad.core.json.DyadJson;
import org.dyad.store.Workspace;

/** {@code dyad events --judged}: each judgement with the event as it is coded now. */
final class JudgedEvents {

  private JudgedEvents() {}

  static void print(Workspace workspace, boolean json, PrintWriter out) throws IOException {
    var judgements = workspace.judgements().judgements();
    if (judgements.isEmpty() && !json) {
      out.println("No event has been judged yet: dyad events judge EVENT_ID right|wrong|recode CODE");
      return;
    }
    if (!json) {
      out.printf("%-16s %-8s %-5s %-10s %-12s %-5s %-12s %s%n", "EVENT", "JUDGED", "AS", "DATE", "SOURCE", "CODE", "TARGET",
          "NOTE / SENTENCE");
    }
    for (EventJudgement judgement : judgements) {
      Optional<Event> event = workspace.events().event(judgement.eventId());
      if (json) {
        out.println(DyadJson.write(Line.of(judgement, event.orElse(null))));
      } else {
        out.printf("%-16s %-8s %-5s %-10s %-12s %-5s %-12s %s%n", judgement.eventId(), judgement.judgement().word(),
            judgement.code() == null ? "" : judgement.code(),
            event.map(e -> e.date() == null ? "-" : e.date().toString()).orElse("-"),
            event.map(e -> e.source().code()).orElse("-"), event.map(Event::code).orElse("-"),
            event.map(e -> e.target().code()).orElse("-"),
            Terminal.clip(judgement.note() != null ? judgement.note() : event.map(e -> e.sentence().text())
                .orElse("(no longer coded)"), 70));
      }
    }
  }

  /** One judged event as JSON; {@code event_coded} is false when re-coding no longer finds the event. */
  record Line(String event_id, String judgement, String code, String note, Instant judged_at, boolean event_coded,
      LocalDate date, String source, String coded_as, String target, String doc, String sentence) {

    static Line of(EventJudgement judgement, Event event) {
      return new Line(judgement.eventId(), judgement.judgement().word(), judgement.code(), judgement.note(),
          judgement.judgedAt(), event != null, event == null ? null : event.date(),
          event == null ? null : event.source().code(), event == null ? null : event.code(),
          event == null ? null : event.target().code(), event == null ? null : event.doc(),
          event == null ? null : event.sentence().text());
    }
  }
}
