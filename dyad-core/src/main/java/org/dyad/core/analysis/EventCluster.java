package org.dyad.core.analysis;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One real-world event as the cluster stage found it: the coded events that report it, with how
 * many reports and outlets carry it and how far it can be believed.
 *
 * @param id the cluster's id (its earliest event's id)
 * @param source the acting actor, a state agent folded into its state ({@link StateAgents})
 * @param target the actor acted on, folded likewise
 * @param root the CAMEO root code every member shares
 * @param firstDate the earliest member's event date, or null when undated
 * @param lastDate the latest member's event date, or null when undated
 * @param mentions how many counted events report it
 * @param outlets how many distinct outlets report it
 * @param confidence 0 to 1 (ClusterConfidence in dyad-evidence), or null when not yet rated
 * @param eventIds every member event's id, sorted
 */
public record EventCluster(String id, String source, String target, String root,
    @JsonProperty("first_date") LocalDate firstDate, @JsonProperty("last_date") LocalDate lastDate, long mentions,
    long outlets, Double confidence, @JsonProperty("event_ids") List<String> eventIds) {

  public EventCluster {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(root, "root");
    eventIds = List.copyOf(eventIds);
    if (eventIds.isEmpty() || mentions < eventIds.size() || outlets < 1 || outlets > mentions) {
      throw new IllegalArgumentException("cluster " + id + ": " + eventIds.size() + " events, " + mentions + " mentions and "
          + outlets + " outlets do not agree");
    }
    if (confidence != null && !(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("cluster " + id + ": confidence must lie in [0, 1], got " + confidence);
    }
  }
}
