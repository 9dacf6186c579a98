package org.dyad.store;

import static org.dyad.store.DuckDbDocumentStoreTest.document;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.dyad.core.event.Event;
import org.dyad.core.event.EventActor;
import org.dyad.core.event.TextSpan;
import org.dyad.core.model.DocumentText;

/**
 * Five hand-built events in three documents for the analysis stores' tests:
 *
 * <pre>
 * e1  doc a (wire)   2001-03-01  IRNGOV    173  IMGMUSALQ   quad 4, Goldstein -5   ┐ one cluster
 * e2  doc b (paper)  2001-03-02  IRN       173  IMGMUSALQ   quad 4, Goldstein -5   ┘
 * e3  doc c (wire)   2002-05-01  IMGMUSALQ 042  IRN         quad 1, Goldstein 1.9
 * e4  doc c (wire)   2002-05-01  USA       163  IRN         quad 4, Goldstein -8
 * e5  doc a (wire)   2002-06-01  IRNMIL    190  AFG         quad 4, Goldstein -10
 * </pre>
 */
final class AnalysisFixture {

  static final String A = "a".repeat(64);
  static final String B = "b".repeat(64);
  static final String C = "c".repeat(64);

  final Event e1 = event(A, 0, LocalDate.of(2001, 3, 1), "IRNGOV", "IMGMUSALQ", "173", -5.0, 4);
  final Event e2 = event(B, 0, LocalDate.of(2001, 3, 2), "IRN", "IMGMUSALQ", "173", -5.0, 4);
  final Event e3 = event(C, 0, LocalDate.of(2002, 5, 1), "IMGMUSALQ", "IRN", "042", 1.9, 1);
  final Event e4 = event(C, 1, LocalDate.of(2002, 5, 1), "USA", "IRN", "163", -8.0, 4);
  final Event e5 = event(A, 1, LocalDate.of(2002, 6, 1), "IRNMIL", "AFG", "190", -10.0, 4);

  final DuckDbDocumentStore catalogue;

  AnalysisFixture(Path dir) throws Exception {
    catalogue = DuckDbDocumentStore.open(dir.resolve("db.duckdb"));
    catalogue.add(List.of(new DocumentText(document("a", "wire", LocalDate.of(2001, 3, 1)), "text a"),
        new DocumentText(document("b", "paper", LocalDate.of(2001, 3, 2)), "text b"),
        new DocumentText(document("c", "wire", LocalDate.of(2002, 5, 1)), "text c")));
    try (DuckDbEventStore events = new DuckDbEventStore(catalogue.newConnection())) {
      events.replaceEvents(Map.of(A, List.of(e1, e5), B, List.of(e2), C, List.of(e3, e4)), "coder 1");
    }
  }

  /** e1 and e2 together, every other event alone. */
  Map<String, String> clusters() {
    return Map.of(e1.id(), e1.id(), e2.id(), e1.id());
  }

  private static Event event(String doc, int sentence, LocalDate date, String source, String target, String code,
      double goldstein, int quad) {
    EventActor from = new EventActor(source, source, source + " words", 0, 4, null);
    EventActor to = new EventActor(target, target, target + " words", 20, 24, null);
    TextSpan verb = new TextSpan("verb " + code, 10, 14);
    return new Event(Event.idOf(doc, sentence, from, verb, to, code), doc, date, date, from, to, code, goldstein, quad,
        new Event.EventSentence(sentence, 0, 30, "Sentence " + sentence + " of " + doc.charAt(0) + "."), verb, "rule", 0.9);
  }
}
