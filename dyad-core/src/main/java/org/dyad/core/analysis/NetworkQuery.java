package org.dyad.core.analysis;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which ties make up an actor network.
 *
 * @param from the earliest event date counted, inclusive, or null
 * @param to the latest event date counted, inclusive, or null
 * @param minWeight the fewest clusters (events, when counting events) a tie needs, at least 1
 * @param rawEvents weigh ties by coded events; otherwise by clusters
 * @param quads the QuadClasses counted (1 verbal cooperation, 2 material cooperation, 3 verbal
 *     conflict, 4 material conflict), sorted; empty means all four
 */
public record NetworkQuery(LocalDate from, LocalDate to, int minWeight, boolean rawEvents, Set<Integer> quads) {

  /** Every QuadClass, in order. */
  public static final Set<Integer> ALL_QUADS = Set.of(1, 2, 3, 4);

  public NetworkQuery {
    if (minWeight < 1) {
      throw new IllegalArgumentException("--min-events must be at least 1, got " + minWeight);
    }
    if (from != null && to != null && from.isAfter(to)) {
      throw new IllegalArgumentException("--from " + from + " is after --to " + to);
    }
    for (int quad : quads) {
      if (!ALL_QUADS.contains(quad)) {
        throw new IllegalArgumentException("a QuadClass is 1, 2, 3 or 4, got " + quad);
      }
    }
    quads = quads.containsAll(ALL_QUADS) ? Set.of() : Collections.unmodifiableSortedSet(new TreeSet<>(quads));
  }

  /** A query over every QuadClass. */
  public NetworkQuery(LocalDate from, LocalDate to, int minWeight, boolean rawEvents) {
    this(from, to, minWeight, rawEvents, Set.of());
  }

  /** Whether every QuadClass counts, so nothing is left out by class. */
  public boolean allQuads() {
    return quads.isEmpty();
  }

  /**
   * The QuadClasses of a comma-separated list such as {@code 3,4}; null or blank gives all four.
   *
   * @param option the option or parameter name, for the error message
   */
  public static Set<Integer> quadsOf(String option, String text) {
    if (text == null || text.isBlank()) {
      return Set.of();
    }
    Set<Integer> quads = new TreeSet<>();
    for (String part : text.split(",", -1)) {
      String digit = part.strip();
      if (!digit.matches("[1-4]")) {
        String shown = text.length() > 40 ? text.substring(0, 39) + "…" : text;
        throw new IllegalArgumentException(option + " must list QuadClasses 1 to 4 separated by commas (such as 3,4), got '"
            + shown.replaceAll("\\p{Cntrl}", "?") + "'");
      }
      quads.add(Integer.parseInt(digit));
    }
    return quads;
  }
}
