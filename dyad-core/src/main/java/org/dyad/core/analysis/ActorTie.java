package org.dyad.core.analysis;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * The directed tie from one actor to another in a network: how much one did to the other, and
 * how cooperatively.
 *
 * @param source the acting actor's code
 * @param target the actor acted upon
 * @param events coded events
 * @param clusters distinct real-world events
 * @param goldsteinMean mean Goldstein score of the clusters (of the events when counting events),
 *     or null when no code has one
 * @param netCoop {@code (quad1 + quad2 − quad3 − quad4) / counted}
 */
public record ActorTie(
    String source, String target, long events, long clusters,
    @JsonProperty("goldstein_mean") Double goldsteinMean,
    @JsonProperty("net_coop") double netCoop) {

  public ActorTie {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(target, "target");
    if (clusters < 1 || events < clusters) {
      throw new IllegalArgumentException(source + "→" + target + ": a tie needs at least one cluster, and no fewer events");
    }
  }

  /** The tie's weight: clusters, or events when counting raw events. */
  public long weight(boolean rawEvents) {
    return rawEvents ? events : clusters;
  }
}
