package org.dyad.export;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.dyad.core.analysis.EventCluster;
import org.dyad.core.event.CameoCode;
import org.dyad.core.event.CameoOntology;
import org.dyad.core.event.Event;
import org.dyad.core.event.EventActor;
import org.dyad.core.event.TextSpan;
import org.dyad.core.model.Document;

/**
 * Two documents, three events and one event cluster (the sanctions, reported again by a document
 * outside the scope), small enough to check every exported object by hand.
 */
public final class ExportFixtures {

  public static final String TREASURY = "a".repeat(64);
  public static final String WIRE = "b".repeat(64);

  private ExportFixtures() {}

  public static ExportScope scope() {
    Document treasury = new Document(TREASURY, "treasury/2011-07-28.html", "2011-07-28.html", "treasury", "Treasury targets"
        + " network", null, LocalDate.of(2011, 7, 28), Document.DateSource.METADATA, "en", "text/html", 1200, null);
    Document wire = new Document(WIRE, "wire/2001-12-21.txt", "2001-12-21.txt", "gulf-wire", "Khatami visits Damascus",
        "Staff", LocalDate.of(2001, 12, 21), Document.DateSource.DATELINE, "en", "text/plain", 900, null);
    String sanctions = "The Treasury imposed sanctions on al-Qaeda financiers.";
    String attack = "Al-Qaeda attacked the United States.";
    String visit = "President Khatami praised Syria.";
    List<Event> events = List.of(
        event(TREASURY, 2011, sanctions, new EventActor("USAGOV", "United States", "The Treasury", 0, 12, null),
            new EventActor("IMGMUSALQ", "al-Qaeda", "al-Qaeda financiers", 34, 53, null), "163", 22),
        event(TREASURY, 2011, attack, new EventActor("IMGMUSALQ", "al-Qaeda", "Al-Qaeda", 0, 8, null),
            new EventActor("USA", "United States", "the United States", 18, 35, null), "190", 9),
        event(WIRE, 2001, visit, new EventActor("IRNGOV", "Iran", "President Khatami", 0, 17, "Mohammad Khatami"),
            new EventActor("SYR", "Syria", "Syria", 26, 31, null), "051", 18));
    EventCluster cluster = new EventCluster(events.getFirst().id(), "USA", "IMGMUSALQ", "16", LocalDate.of(2011, 7, 27),
        LocalDate.of(2011, 7, 28), 2, 2, 0.64, List.of(events.getFirst().id(), "ffffffffffffffff"));
    return new ExportScope(events, Map.of(TREASURY, treasury, WIRE, wire), List.of(cluster));
  }

  private static Event event(String doc, int year, String sentence, EventActor source, EventActor target, String code,
      int verbStart) {
    LocalDate date = LocalDate.of(year, 7, 27);
    TextSpan verb = new TextSpan(sentence.substring(verbStart, verbStart + 4), verbStart, verbStart + 4);
    CameoCode cameo = CameoOntology.cameo().find(code).orElseThrow();
    return new Event(Event.idOf(doc, 0, source, verb, target, code), doc, date, date, source, target, code,
        cameo.goldstein(), cameo.quad(), new Event.EventSentence(0, 0, sentence.length(), sentence), verb, "test", 0.8);
  }
}
