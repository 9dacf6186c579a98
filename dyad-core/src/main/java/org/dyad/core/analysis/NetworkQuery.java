package org.dyad.core.analysis;

import java.time.LocalDate;

/**
 * Which ties make up an actor network.
 *
 * @param from the earliest event date counted, inclusive, or null
 * @param to the latest event date counted, inclusive, or null
 * @param minWeight the fewest clusters (events, when counting events) a tie needs, at least 1
 * @param rawEvents weigh ties by coded events; otherwise by clusters
 */
public record NetworkQuery(LocalDate from, LocalDate to, int minWeight, boolean rawEvents) {

  public NetworkQuery {
    if (minWeight < 1) {
      throw new IllegalArgumentException("--min-events must be at least 1, got " + minWeight);
    }
    if (from != null && to != null && from.isAfter(to)) {
      throw new IllegalArgumentException("--from " + from + " is after --to " + to);
    }
  }
}
