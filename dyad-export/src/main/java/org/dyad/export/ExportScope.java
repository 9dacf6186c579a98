package org.dyad.export;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.dyad.core.event.Event;
import org.dyad.core.model.Document;

/**
 * What an export covers: the events chosen and the documents they come from.
 *
 * @param documents by document id; every event's document must be present
 */
public record ExportScope(List<Event> events, Map<String, Document> documents) {

  public ExportScope {
    events = List.copyOf(events);
    documents = Map.copyOf(documents);
    for (Event event : events) {
      Objects.requireNonNull(documents.get(event.doc()), () -> "event " + event.id() + " names document " + event.doc()
          + ", which the export scope lacks");
    }
  }
}
