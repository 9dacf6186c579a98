package org.dyad.spark.cluster;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * Groups the events of one (source, target, CAMEO root) into clusters of reports of the same
 * real-world event: after sorting by date, a cluster opens at its earliest event and takes every
 * later event dated at most {@code windowDays} after that first one; the next event opens the next
 * cluster. An undated event is a cluster of its own. The window is anchored at the first event, not
 * chained from event to event, so no cluster spans more than the window however dense the reports.
 *
 * <p>This is the simple stand-in the issue states (same source, target and root code, dates
 * within a window), until dyad-analysis's clusterer replaces it. O(n log n) for n events.
 */
public final class DateWindowClustering {

  /** An event as the clustering sees it. */
  public record Member(String event, String doc, String outlet, LocalDate date) {

    public Member {
      Objects.requireNonNull(event, "event");
      Objects.requireNonNull(doc, "doc");
      Objects.requireNonNull(outlet, "outlet");
    }
  }

  /**
   * Reports of one event.
   *
   * @param id the first 16 hex digits of sha256 over the dyad, the root and the member event ids
   */
  public record Cluster(String id, List<Member> members) {

    public Cluster {
      Objects.requireNonNull(id, "id");
      members = List.copyOf(members);
      if (members.isEmpty()) {
        throw new IllegalArgumentException("a cluster has at least one event");
      }
    }

    public LocalDate firstDate() {
      return members.getFirst().date();
    }

    public LocalDate lastDate() {
      return members.getLast().date();
    }

    public int documents() {
      return new HashSet<>(members.stream().map(Member::doc).toList()).size();
    }

    public int outlets() {
      return new HashSet<>(members.stream().map(Member::outlet).toList()).size();
    }
  }

  private static final Comparator<Member> BY_DATE = Comparator
      .comparing(Member::date, Comparator.nullsLast(Comparator.naturalOrder()))
      .thenComparing(Member::event);

  private final int windowDays;

  public DateWindowClustering(int windowDays) {
    if (windowDays < 0) {
      throw new IllegalArgumentException("the clustering window must be 0 days or more, got " + windowDays);
    }
    this.windowDays = windowDays;
  }

  /**
   * @param dyad names the events' source, target and root, so clusters of different dyads never
   *     share an id
   */
  public List<Cluster> cluster(String dyad, List<Member> events) {
    List<Member> sorted = new ArrayList<>(events);
    sorted.sort(BY_DATE);
    List<Cluster> clusters = new ArrayList<>();
    List<Member> open = new ArrayList<>();
    for (Member event : sorted) {
      if (!open.isEmpty() && !fits(open.getFirst(), event)) {
        clusters.add(close(dyad, open));
        open = new ArrayList<>();
      }
      open.add(event);
    }
    if (!open.isEmpty()) {
      clusters.add(close(dyad, open));
    }
    return clusters;
  }

  private boolean fits(Member first, Member event) {
    return first.date() != null && event.date() != null && !event.date().isAfter(first.date().plusDays(windowDays));
  }

  private static Cluster close(String dyad, List<Member> members) {
    StringBuilder key = new StringBuilder(dyad);
    members.stream().map(Member::event).sorted().forEach(event -> key.append('\u001f').append(event));
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.toString().getBytes(StandardCharsets.UTF_8));
      return new Cluster(HexFormat.of().formatHex(digest, 0, 8), members);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK lacks SHA-256", e);
    }
  }
}
