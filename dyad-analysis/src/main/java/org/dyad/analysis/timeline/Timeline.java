package org.dyad.analysis.timeline;

import java.io.IOException;
import java.util.List;
import java.util.Objects;
import org.dyad.core.analysis.EvidenceItem;
import org.dyad.core.analysis.TimelineQuery;
import org.dyad.core.store.RelationStore;

/**
 * An actor's history, or the history between two actors, in date order: each real-world event
 * once, with how many reports and outlets carry it and the sentence of one report. Serialises
 * through {@code DyadJson} to the JSON of {@code dyad timeline --json} and the REST API.
 *
 * @param actor the actor's code
 * @param other the second actor's code, or null
 * @param events the clusters, earliest first
 */
public record Timeline(String actor, String other, List<EvidenceItem> events) {

  public Timeline {
    Objects.requireNonNull(actor, "actor");
    events = List.copyOf(events);
  }

  /** The timeline the query asks for, from the store. */
  public static Timeline of(RelationStore store, TimelineQuery query) throws IOException {
    return new Timeline(query.actor().code(), query.other() == null ? null : query.other().code(), store.timeline(query));
  }
}
