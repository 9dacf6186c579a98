package org.dyad.export;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.dyad.core.analysis.EventCluster;
import org.dyad.core.event.Event;
import org.dyad.core.model.Document;

/**
 * What an export covers: the events chosen, the documents they come from and the event clusters
 * (real-world events) they belong to.
 *
 * @param documents by document id; every event's document must be present
 * @param clusters the clusters holding the events, each whole (it may list members outside the scope)
 */
public record ExportScope(List<Event> events, Map<String, Document> documents, List<EventCluster> clusters) {

  /** A scope without clusters. */
  public ExportScope(List<Event> events, Map<String, Document> documents) {
    this(events, documents, List.of());
  }

  public ExportScope {
    events = List.copyOf(events);
    documents = Map.copyOf(documents);
    clusters = List.copyOf(clusters);
    for (Event event : events) {
      Objects.requireNonNull(documents.get(event.doc()), () -> "event " + event.id() + " names document " + event.doc()
          + ", which the export scope lacks");
    }
  }

  /** The events of the scope that belong to {@code cluster}, in scope order. */
  public List<Event> members(EventCluster cluster) {
    return events.stream().filter(event -> cluster.eventIds().contains(event.id())).toList();
  }
}
