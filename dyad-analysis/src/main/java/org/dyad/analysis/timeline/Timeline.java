package org.dyad.analysis.timeline;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import org.dyad.core.analysis.EvidenceItem;
import org.dyad.core.analysis.TimelineQuery;
import org.dyad.core.store.RelationStore;

/**
 * An actor's history, or the history between two actors, in date order: each real-world event
 * once, with how many reports and outlets carry it, its confidence and the sentence of one report.
 * Serialises through {@code DyadJson} to the JSON of {@code dyad timeline --json} and the REST API.
 *
 * @param actor the actor's code
 * @param other the second actor's code, or null
 * @param events the clusters, earliest first
 * @param balance when weighing by confidence, the net cooperation of these events counted and
 *     weighted; null, and absent from JSON, otherwise
 */
public record Timeline(String actor, String other, List<EvidenceItem> events,
    @JsonInclude(JsonInclude.Include.NON_NULL) Balance balance) {

  /** A timeline without a balance. */
  public Timeline(String actor, String other, List<EvidenceItem> events) {
    this(actor, other, events, null);
  }

  public Timeline {
    Objects.requireNonNull(actor, "actor");
    events = List.copyOf(events);
  }

  /** The timeline the query asks for, from the store. */
  public static Timeline of(RelationStore store, TimelineQuery query) throws IOException {
    return new Timeline(query.actor().code(), query.other() == null ? null : query.other().code(), store.timeline(query));
  }

  /** This timeline with the balance of its events, each counted once and each weighted by its confidence. */
  public Timeline weighedByConfidence() {
    return new Timeline(actor, other, events, Balance.of(events));
  }

  /**
   * Cooperation against conflict over a timeline's events: {@code net_coop} counts each event 1,
   * {@code weighted_net_coop} counts each as its confidence (an unrated one as 0), both as
   * {@code (cooperation − conflict) / all}, −1 to +1, 0 without events.
   *
   * @param clusters the events counted
   * @param weightedClusters the sum of their confidences
   * @param netCoop unweighted net cooperation
   * @param weightedNetCoop net cooperation weighted by confidence
   */
  public record Balance(long clusters, @JsonProperty("weighted_clusters") double weightedClusters,
      @JsonProperty("net_coop") double netCoop, @JsonProperty("weighted_net_coop") double weightedNetCoop) {

    static Balance of(List<EvidenceItem> events) {
      double net = 0;
      double weight = 0;
      double weightedNet = 0;
      for (EvidenceItem item : events) {
        int sign = item.quad() == null ? 0 : item.quad() <= 2 ? 1 : -1;
        double confidence = item.confidence() == null ? 0 : item.confidence();
        net += sign;
        weight += confidence;
        weightedNet += sign * confidence;
      }
      return new Balance(events.size(), weight, events.isEmpty() ? 0 : net / events.size(),
          weight == 0 ? 0 : weightedNet / weight);
    }
  }
}
