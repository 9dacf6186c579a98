package org.dyad.analysis.cluster;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dyad.core.analysis.ClusterCandidate;
import org.dyad.core.analysis.StateAgents;

/**
 * Groups coded events that report the same real-world event (GDELT's event deduplication across
 * reports, counted as NumMentions and NumSources).
 *
 * <p>Two events can be one real-world event when they have the same direction (source and
 * target, a state agent folded into its state: {@link StateAgents}), the same CAMEO root code,
 * and dates no more than {@code windowDays} apart from the cluster's earliest report. Within
 * those, they must also have the same event code or similar wording: the verb and target words
 * overlap with a Jaccard index of at least {@code minWordOverlap}. Events are taken in date order
 * and each joins the earliest open cluster it fits, else starts one; anchoring the window on the
 * earliest report keeps chains of reports from drifting across months. An undated event is a
 * cluster of its own. A cluster's id is the id of its earliest event (ties by id), so the same
 * events give the same ids on every run.
 *
 * <p>Time O(n log n + n·k) for n events and k open clusters per direction and root within one
 * window; memory O(n).
 *
 * <p>Follows the "same event, several reports" deduplication of the GDELT 2.0 event database
 * (Leetaru and Schrodt, "GDELT: Global Data on Events, Location and Tone", ISA 2013), here with
 * an explicit date window in place of GDELT's fixed 15-minute batch.
 */
public final class EventClusterer {

  private final int windowDays;
  private final double minWordOverlap;

  /**
   * @param windowDays the largest gap between a report's date and its cluster's earliest date, 0
   *     or more
   * @param minWordOverlap the Jaccard index of verb-and-target words above which two differently
   *     coded events of one root still cluster, 0 to 1 (above 1: never)
   */
  public EventClusterer(int windowDays, double minWordOverlap) {
    if (windowDays < 0) {
      throw new IllegalArgumentException("the date window must not be negative: " + windowDays);
    }
    if (minWordOverlap < 0) {
      throw new IllegalArgumentException("the word overlap threshold must not be negative: " + minWordOverlap);
    }
    this.windowDays = windowDays;
    this.minWordOverlap = minWordOverlap;
  }

  /** A week: how far apart the sample corpus's reports of one event date it (EVALUATION.md). */
  public static final int DEFAULT_WINDOW_DAYS = 7;
  /** Half the verb and target words shared. */
  public static final double DEFAULT_WORD_OVERLAP = 0.5;

  /** Dyad's defaults, chosen on the sample corpus's answer key (EVALUATION.md). */
  public static EventClusterer defaults() {
    return new EventClusterer(DEFAULT_WINDOW_DAYS, DEFAULT_WORD_OVERLAP);
  }

  /** The cluster id of every candidate, keyed by event id. */
  public Map<String, String> cluster(List<ClusterCandidate> candidates) {
    Map<String, List<ClusterCandidate>> byKey = new LinkedHashMap<>();
    for (ClusterCandidate candidate : candidates) {
      byKey.computeIfAbsent(blockingKey(candidate), k -> new ArrayList<>()).add(candidate);
    }
    Map<String, String> clusterOf = new LinkedHashMap<>();
    for (List<ClusterCandidate> group : byKey.values()) {
      group.sort(Comparator.comparing(ClusterCandidate::date, Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(ClusterCandidate::id));
      clusterGroup(group, clusterOf);
    }
    return clusterOf;
  }

  /**
   * The block a candidate is clustered in: its direction (each actor folded by {@link StateAgents})
   * and root code. Candidates of different blocks never share a cluster, so clustering each block
   * on its own (one Spark group per key, say) gives the same clusters, ids included, as one run
   * over all candidates.
   */
  public static String blockingKey(ClusterCandidate candidate) {
    return StateAgents.fold(candidate.source()) + '\u001f' + StateAgents.fold(candidate.target()) + '\u001f'
        + candidate.root();
  }

  private void clusterGroup(List<ClusterCandidate> group, Map<String, String> clusterOf) {
    List<OpenCluster> open = new ArrayList<>();
    for (ClusterCandidate event : group) {
      if (event.date() == null) {
        clusterOf.put(event.id(), event.id());
        continue;
      }
      open.removeIf(cluster -> ChronoUnit.DAYS.between(cluster.first, event.date()) > windowDays);
      OpenCluster home = null;
      for (OpenCluster cluster : open) {
        if (cluster.admits(event, minWordOverlap)) {
          home = cluster;
          break;
        }
      }
      if (home == null) {
        home = new OpenCluster(event.id(), event.date());
        open.add(home);
      }
      home.add(event);
      clusterOf.put(event.id(), home.id);
    }
  }

  /** A cluster that later reports can still join: its id, earliest date, codes and words. */
  private static final class OpenCluster {
    final String id;
    final LocalDate first;
    final Set<String> codes = new HashSet<>();
    final List<Set<String>> wordings = new ArrayList<>();

    OpenCluster(String id, LocalDate first) {
      this.id = id;
      this.first = first;
    }

    boolean admits(ClusterCandidate event, double minWordOverlap) {
      if (codes.contains(event.code())) {
        return true;
      }
      Set<String> words = words(event);
      for (Set<String> wording : wordings) {
        if (WordOverlap.jaccard(words, wording) >= minWordOverlap && !words.isEmpty()) {
          return true;
        }
      }
      return false;
    }

    void add(ClusterCandidate event) {
      codes.add(event.code());
      wordings.add(words(event));
    }

    private static Set<String> words(ClusterCandidate event) {
      return WordOverlap.words((event.verb() + " " + event.targetText()).toLowerCase(Locale.ROOT));
    }
  }
}
