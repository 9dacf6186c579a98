package org.dyad.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dyad.store.DuckDbDocumentStoreTest.document;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dyad.core.event.Event;
import org.dyad.core.event.Event.EventSentence;
import org.dyad.core.event.EventActor;
import org.dyad.core.event.EventQuery;
import org.dyad.core.event.TextSpan;
import org.dyad.core.model.DocumentText;
import org.dyad.core.nlp.DocumentAnnotations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DuckDbEventStoreTest {

  private static final String A = "a".repeat(64);
  private static final String B = "b".repeat(64);
  private static final String C = "c".repeat(64);

  @TempDir Path dir;

  /** An event of {@code doc} whose verb starts at {@code verbStart} in sentence {@code sentence}. */
  private static Event event(
      String doc, LocalDate date, String source, String target, String code, int sentence, int verbStart) {
    EventActor from = new EventActor(source, source + " name", source + " text", 0, 4, null);
    EventActor to = new EventActor(target, target + " name", target + " text", 20, 24, null);
    TextSpan verb = new TextSpan("met", verbStart, verbStart + 3);
    return new Event(Event.idOf(doc, sentence, from, verb, to, code), doc, date, date, from, to, code, 1.0, 1,
        new EventSentence(sentence, 0, 40, "x".repeat(40)), verb, "test rule", 0.5);
  }

  private static Event everyFieldSet() {
    EventActor usa = new EventActor("USAGOV", "United States", "The United States", 120, 137, "Barack Obama");
    EventActor alq = new EventActor("IMGMUSALQ", "al-Qaeda", "three\tal-Qaeda leaders 😀", 160, 183, "Ayman al-Zawahiri");
    TextSpan verb = new TextSpan("imposed sanctions", 138, 155);
    EventSentence sentence =
        new EventSentence(3, 120, 197, "The United States imposed sanctions on three\tal-Qaeda leaders 😀 — «وزارة».");
    return new Event(Event.idOf(A, 3, usa, verb, alq, "163"), A, LocalDate.of(2011, 7, 28), LocalDate.of(2011, 7, 29),
        usa, alq, "163", -8.0, 4, sentence, verb, "SANCTION: impose sanctions on", 0.82);
  }

  private static Event everyOptionalFieldNull() {
    EventActor iran = new EventActor("IRN", "Iran", "Tehran", 0, 6, null);
    EventActor syria = new EventActor("SYR", "Syria", "Damascus", 14, 22, null);
    TextSpan verb = new TextSpan("warned", 7, 13);
    return new Event(Event.idOf(A, 0, iran, verb, syria, "XY1"), A, null, null, iran, syria, "XY1", null, null,
        new EventSentence(0, 0, 23, "Tehran warned Damascus."), verb, "user rule", 0.0);
  }

  @Test
  void roundTripsEveryFieldIncludingNulls() throws Exception {
    try (DuckDbDocumentStore catalogue = DuckDbDocumentStore.open(dir.resolve("db.duckdb"));
        DuckDbEventStore store = new DuckDbEventStore(catalogue.newConnection())) {
      store.replaceEvents(A, "coder 1", List.of(everyOptionalFieldNull(), everyFieldSet()));

      assertThat(store.events(EventQuery.all(10)))
          .as("dated events first, then undated ones")
          .containsExactly(everyFieldSet(), everyOptionalFieldNull());
      assertThat(store.count()).isEqualTo(2);
    }
  }

  @Test
  void findsOneEventById() throws Exception {
    try (DuckDbDocumentStore catalogue = DuckDbDocumentStore.open(dir.resolve("db.duckdb"));
        DuckDbEventStore store = new DuckDbEventStore(catalogue.newConnection())) {
      store.replaceEvents(A, "coder 1", List.of(everyOptionalFieldNull(), everyFieldSet()));
      assertThat(store.event(everyFieldSet().id())).contains(everyFieldSet());
      assertThat(store.event("0000000000000000")).isEmpty();
    }
  }

  @Test
  void recodingADocumentReplacesItsEventsAndLeavesOthersAlone() throws Exception {
    LocalDate day = LocalDate.of(2005, 3, 1);
    Event first = event(A, day, "IRN", "SYR", "042", 0, 5);
    Event second = event(A, day, "IRN", "SYR", "043", 1, 5);
    Event third = event(A, day, "SYR", "IRN", "111", 2, 5);
    Event other = event(B, day, "USA", "IRQ", "190", 0, 5);
    try (DuckDbDocumentStore catalogue = DuckDbDocumentStore.open(dir.resolve("db.duckdb"));
        DuckDbEventStore store = new DuckDbEventStore(catalogue.newConnection())) {
      store.replaceEvents(A, "coder 1", List.of(first, second));
      store.replaceEvents(B, "coder 1", List.of(other));
      store.replaceEvents(A, "coder 1", List.of(first, second));
      assertThat(store.count()).as("coding again never duplicates").isEqualTo(3);

      store.replaceEvents(A, "coder 2", List.of(second, third));
      assertThat(store.events(EventQuery.all(10))).containsExactly(second, third, other);

      store.replaceEvents(A, "coder 3", List.of());
      assertThat(store.events(EventQuery.all(10))).containsExactly(other);
    }
  }

  @Test
  void queriesFilterBySourceAndTargetPrefixDatesAndRoot() throws Exception {
    Event iranGovernment = event(A, LocalDate.of(2001, 1, 10), "IRNGOV", "IMGMUSALQ", "042", 0, 5);
    Event iran = event(A, LocalDate.of(2001, 1, 10), "IRN", "IMGMUSALQ", "043", 0, 30);
    Event iraq = event(A, LocalDate.of(2001, 2, 1), "IRQ", "IRN", "111", 1, 5);
    Event later = event(B, LocalDate.of(2002, 6, 1), "IRN", "USA", "112", 0, 5);
    Event earlierDoc = event(B, LocalDate.of(2001, 1, 10), "USA", "IRN", "042", 4, 5);
    try (DuckDbDocumentStore catalogue = DuckDbDocumentStore.open(dir.resolve("db.duckdb"));
        DuckDbEventStore store = new DuckDbEventStore(catalogue.newConnection())) {
      store.replaceEvents(Map.of(A, List.of(iraq, iran, iranGovernment), B, List.of(later, earlierDoc)), "coder 1");

      assertThat(store.events(EventQuery.all(10)))
          .as("by date, then document, sentence and verb offset")
          .containsExactly(iranGovernment, iran, earlierDoc, iraq, later);
      assertThat(store.events(new EventQuery("IRN", null, null, null, null, 10)))
          .containsExactly(iranGovernment, iran, later);
      assertThat(store.events(new EventQuery("IRN", "IMG", null, null, null, 10))).containsExactly(iranGovernment, iran);
      assertThat(store.events(new EventQuery(null, "IRN", null, null, null, 10))).containsExactly(earlierDoc, iraq);
      assertThat(store.events(new EventQuery(null, null, LocalDate.of(2001, 1, 11), LocalDate.of(2002, 6, 1), null, 10)))
          .as("dates are inclusive").containsExactly(iraq, later);
      assertThat(store.events(new EventQuery(null, null, null, null, "11", 10))).containsExactly(iraq, later);
      assertThat(store.events(new EventQuery("IRN", null, null, null, "04", 1))).containsExactly(iranGovernment);
      assertThat(store.countsByRoot()).containsExactly(Map.entry("04", 3L), Map.entry("11", 2L));
    }
  }

  @Test
  void eventsInDocumentListsOneDocumentsEventsInTextOrder() throws Exception {
    Event late = event(A, LocalDate.of(2001, 1, 10), "IRN", "SYR", "042", 2, 5);
    Event early = event(A, LocalDate.of(2003, 1, 10), "SYR", "IRN", "111", 0, 30);
    Event undated = event(A, null, "IRQ", "IRN", "111", 0, 5);
    Event other = event(B, LocalDate.of(2001, 1, 10), "USA", "IRN", "042", 0, 5);
    try (DuckDbDocumentStore catalogue = DuckDbDocumentStore.open(dir.resolve("db.duckdb"));
        DuckDbEventStore store = new DuckDbEventStore(catalogue.newConnection())) {
      store.replaceEvents(Map.of(A, List.of(late, early, undated), B, List.of(other)), "coder 1");

      assertThat(store.eventsInDocument(A)).as("by sentence, then verb offset, whatever the dates")
          .containsExactly(undated, early, late);
      assertThat(store.eventsInDocument(B)).containsExactly(other);
      assertThat(store.eventsInDocument(C)).isEmpty();
    }
  }

  @Test
  void uncodedListsAnnotatedDocumentsNotCodedByThisVersion() throws Exception {
    try (DuckDbDocumentStore catalogue = DuckDbDocumentStore.open(dir.resolve("db.duckdb"));
        DuckDbAnnotationStore annotations = new DuckDbAnnotationStore(catalogue.newConnection());
        DuckDbEventStore store = new DuckDbEventStore(catalogue.newConnection())) {
      catalogue.add(List.of(
          new DocumentText(document("a", "wire", null), "text"),
          new DocumentText(document("b", "wire", null), "text"),
          new DocumentText(document("c", "wire", null), "text")));
      annotations.save(List.of(
          new DocumentAnnotations(A, "parser", List.of(), Map.of(), List.of()),
          new DocumentAnnotations(B, "parser", List.of(), Map.of(), List.of())));
      assertThat(store.uncoded("coder 1")).as("only annotated documents can be coded").containsExactly(A, B);

      store.replaceEvents(A, "coder 1", List.of(event(A, null, "IRN", "SYR", "042", 0, 5)));
      store.replaceEvents(B, "coder 1", List.of());
      assertThat(store.uncoded("coder 1")).isEmpty();
      assertThat(store.uncoded("coder 2")).containsExactly(A, B);

      store.replaceEvents(A, "coder 2", List.of());
      assertThat(store.uncoded("coder 1")).containsExactly(A);
      assertThat(store.uncoded("coder 2")).containsExactly(B);
    }
  }

  @Test
  void aFailedReplacementLeavesTheEarlierEventsIntact() throws Exception {
    Event kept = event(A, LocalDate.of(2003, 4, 5), "IRN", "SYR", "042", 0, 5);
    Event keptInB = event(B, LocalDate.of(2003, 4, 5), "USA", "IRQ", "190", 0, 5);
    Event replacement = event(A, LocalDate.of(2003, 4, 5), "IRN", "SYR", "043", 0, 5);
    Event fresh = event(C, LocalDate.of(2003, 4, 6), "SYR", "IRN", "111", 0, 5);
    try (DuckDbDocumentStore catalogue = DuckDbDocumentStore.open(dir.resolve("db.duckdb"));
        DuckDbEventStore store = new DuckDbEventStore(catalogue.newConnection())) {
      store.replaceEvents(Map.of(A, List.of(kept), B, List.of(keptInB)), "coder 1");

      Map<String, List<Event>> broken = new LinkedHashMap<>();
      broken.put(A, List.of(replacement));
      broken.put(B, List.of(keptInB, keptInB)); // the same id twice breaks the primary key
      assertThatThrownBy(() -> store.replaceEvents(broken, "coder 2"))
          .isInstanceOf(IOException.class)
          .hasMessageContaining("cannot store the events of 2 documents");

      assertThat(store.events(EventQuery.all(10))).as("neither document changed").containsExactly(kept, keptInB);
      assertThat(store.count()).isEqualTo(2);

      store.replaceEvents(C, "coder 2", List.of(fresh));
      assertThat(store.events(EventQuery.all(10)))
          .as("nothing of the failed attempt lingers in staging")
          .containsExactly(kept, keptInB, fresh);
    }
  }

  @Test
  void refusesAnEventListedUnderAnotherDocument() throws Exception {
    try (DuckDbDocumentStore catalogue = DuckDbDocumentStore.open(dir.resolve("db.duckdb"));
        DuckDbEventStore store = new DuckDbEventStore(catalogue.newConnection())) {
      Event ofB = event(B, null, "IRN", "SYR", "042", 0, 5);
      assertThatThrownBy(() -> store.replaceEvents(A, "coder 1", List.of(ofB)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("is listed under " + A);
      assertThatThrownBy(() -> store.replaceEvents(A, " ", List.of())).isInstanceOf(IllegalArgumentException.class);
      assertThat(store.count()).isZero();
    }
  }
}
