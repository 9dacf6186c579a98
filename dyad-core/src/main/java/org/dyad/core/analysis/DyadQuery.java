package org.dyad.core.analysis;

import java.time.LocalDate;
import java.util.Objects;
import org.dyad.core.evidence.AdmiraltyGrade;

/**
 * Which interactions between two actors to count, and how.
 *
 * @param a the first member
 * @param b the second member
 * @param by the length of a period
 * @param from the earliest event date counted, inclusive, or null
 * @param to the latest event date counted, inclusive, or null
 * @param directed count only what {@code a} did to {@code b}; otherwise both directions
 * @param rawEvents count every coded event; otherwise each event cluster once
 * @param minGrade count only reports from documents whose Admiralty grade (their own, else their
 *     outlet's) meets this one; null counts every report, graded or not
 * @param weighted weigh each cluster by its confidence in net cooperation (counting clusters only)
 */
public record DyadQuery(ActorMatch a, ActorMatch b, Period by, LocalDate from, LocalDate to, boolean directed, boolean rawEvents,
    AdmiraltyGrade minGrade, boolean weighted) {

  /** A query counting each cluster once, unweighted. */
  public DyadQuery(ActorMatch a, ActorMatch b, Period by, LocalDate from, LocalDate to, boolean directed, boolean rawEvents,
      AdmiraltyGrade minGrade) {
    this(a, b, by, from, to, directed, rawEvents, minGrade, false);
  }

  /** A query counting every report, whatever its grade. */
  public DyadQuery(ActorMatch a, ActorMatch b, Period by, LocalDate from, LocalDate to, boolean directed, boolean rawEvents) {
    this(a, b, by, from, to, directed, rawEvents, null);
  }

  public DyadQuery {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    Objects.requireNonNull(by, "by");
    if (a.equals(b)) {
      throw new IllegalArgumentException("a dyad needs two different actors, got " + a.code() + " twice");
    }
    if (from != null && to != null && from.isAfter(to)) {
      throw new IllegalArgumentException("--from " + from + " is after --to " + to);
    }
    if (weighted && rawEvents) {
      throw new IllegalArgumentException("--weight confidence weighs real-world events (clusters); it cannot count raw --events");
    }
  }

  /**
   * Reads a weighting: true for {@code confidence}, false for {@code none} (any case).
   *
   * @param option how the caller names the setting in its error, such as {@code --weight}
   */
  public static boolean weighted(String option, String weight) {
    return switch (weight.strip().toLowerCase(java.util.Locale.ROOT)) {
      case "none" -> false;
      case "confidence" -> true;
      default -> throw new IllegalArgumentException(option + " must be none or confidence, got '" + weight + "'");
    };
  }

  /** Both directions, by year, over all dates, counting clusters: the answer key's question. */
  public static DyadQuery yearly(String a, String b) {
    return new DyadQuery(ActorMatch.of(a), ActorMatch.of(b), Period.YEAR, null, null, false, false);
  }

  /** True when an event from {@code source} to {@code target} belongs to this dyad. */
  public boolean includes(String source, String target) {
    boolean forward = a.matches(source) && b.matches(target);
    return forward || !directed && b.matches(source) && a.matches(target);
  }
}
