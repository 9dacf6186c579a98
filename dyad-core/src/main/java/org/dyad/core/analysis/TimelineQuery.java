package org.dyad.core.analysis;

import java.time.LocalDate;
import java.util.Objects;
import org.dyad.core.evidence.AdmiraltyGrade;

/**
 * Whose history to tell.
 *
 * @param actor the actor
 * @param other the second actor, to tell only what passed between the two, or null for everything
 *     the actor did or suffered
 * @param from the earliest event date, inclusive, or null
 * @param to the latest event date, inclusive, or null
 * @param limit how many real-world events to tell at most, at least 1
 * @param minGrade tell only reports from documents whose Admiralty grade meets this one, or null
 */
public record TimelineQuery(ActorMatch actor, ActorMatch other, LocalDate from, LocalDate to, int limit,
    AdmiraltyGrade minGrade) {

  /** A timeline of every report, whatever its grade. */
  public TimelineQuery(ActorMatch actor, ActorMatch other, LocalDate from, LocalDate to, int limit) {
    this(actor, other, from, to, limit, null);
  }

  public TimelineQuery {
    Objects.requireNonNull(actor, "actor");
    if (actor.equals(other)) {
      throw new IllegalArgumentException("a timeline of two actors needs two different ones, got " + actor.code() + " twice");
    }
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1: " + limit);
    }
    if (from != null && to != null && from.isAfter(to)) {
      throw new IllegalArgumentException("--from " + from + " is after --to " + to);
    }
  }
}
