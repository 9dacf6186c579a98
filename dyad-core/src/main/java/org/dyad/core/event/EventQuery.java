package org.dyad.core.event;

import java.time.LocalDate;

/**
 * Which stored events to list. A null filter matches every event.
 *
 * @param source a prefix of the source actor's code: {@code IRN} matches {@code IRN} and {@code
 *     IRNGOV}, or null
 * @param target a prefix of the target actor's code, or null
 * @param from the earliest event date, inclusive, or null; an event without a date never matches
 *     a date filter
 * @param to the latest event date, inclusive, or null
 * @param root the event's root code ({@code 16}), or null
 * @param limit how many events to return at most, at least 1
 */
public record EventQuery(String source, String target, LocalDate from, LocalDate to, String root, int limit) {

  public EventQuery {
    requireNonBlank("source", source);
    requireNonBlank("target", target);
    requireNonBlank("root", root);
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1: " + limit);
    }
    if (from != null && to != null && from.isAfter(to)) {
      throw new IllegalArgumentException("--from " + from + " is after --to " + to);
    }
  }

  /** Every event, up to {@code limit}. */
  public static EventQuery all(int limit) {
    return new EventQuery(null, null, null, null, null, limit);
  }

  private static void requireNonBlank(String name, String value) {
    if (value != null && value.isBlank()) {
      throw new IllegalArgumentException("the " + name + " filter is blank: leave it out to match every " + name);
    }
  }
}
