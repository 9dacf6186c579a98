package org.dyad.core.store;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dyad.core.event.Event;
import org.dyad.core.event.EventQuery;

/**
 * The workspace's coded events, stored per document together with the coder version that produced
 * them, so that a new dictionary or coder re-codes exactly the documents it has not seen. Each call
 * is one transaction.
 */
public interface EventStore {

  /**
   * Replaces the events of each document in {@code byDoc} and records it as coded by {@code
   * coderVersion}, all in one transaction: after a failure every document keeps its previous events.
   * A document with an empty list is recorded as coded with no events.
   *
   * @throws IllegalArgumentException if an event belongs to another document than the one it is
   *     listed under
   */
  void replaceEvents(Map<String, List<Event>> byDoc, String coderVersion) throws IOException;

  /** {@link #replaceEvents(Map, String)} for one document. */
  default void replaceEvents(String doc, String coderVersion, List<Event> events) throws IOException {
    replaceEvents(Map.of(doc, events), coderVersion);
  }

  /**
   * Ids of the annotated documents not coded by {@code coderVersion} (never coded, or coded by
   * another version), in id order.
   */
  List<String> uncoded(String coderVersion) throws IOException;

  /** The events the query matches, by date (undated last), document, sentence and verb offset. */
  List<Event> events(EventQuery query) throws IOException;

  /** The events coded from one document, by sentence and verb offset. */
  List<Event> eventsInDocument(String doc) throws IOException;

  /** The event with this id, if it is stored. */
  Optional<Event> event(String id) throws IOException;

  /** How many events are stored. */
  long count() throws IOException;

  /** How many events fall under each root code, in root code order. */
  Map<String, Long> countsByRoot() throws IOException;
}
