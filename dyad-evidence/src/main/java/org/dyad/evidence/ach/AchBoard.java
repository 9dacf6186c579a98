package org.dyad.evidence.ach;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * A board of Analysis of Competing Hypotheses: the question, the hypotheses that answer it, the
 * evidence, and the matrix of ratings (evidence × hypothesis). Immutable: every change gives a new
 * board. An unrated cell counts as {@link Rating#NA}.
 *
 * @param ratings by evidence id, then hypothesis id
 */
public record AchBoard(String name, String question, List<Hypothesis> hypotheses, List<EvidenceItem> evidence,
    Map<String, Map<String, Rating>> ratings) {

  public AchBoard {
    BoardKeys.requireKey("board name", name);
    Objects.requireNonNull(question, "question");
    hypotheses = List.copyOf(hypotheses);
    evidence = List.copyOf(evidence);
    requireUnique("hypothesis", hypotheses.stream().map(Hypothesis::id).toList());
    requireUnique("evidence", evidence.stream().map(EvidenceItem::id).toList());
    Set<String> hypothesisIds = Set.copyOf(hypotheses.stream().map(Hypothesis::id).toList());
    Set<String> evidenceIds = Set.copyOf(evidence.stream().map(EvidenceItem::id).toList());
    Map<String, Map<String, Rating>> copy = new TreeMap<>();
    ratings.forEach((item, row) -> {
      if (!evidenceIds.contains(item)) {
        throw new IllegalArgumentException("board " + name + " rates unknown evidence " + item);
      }
      row.forEach((hypothesis, rating) -> {
        if (!hypothesisIds.contains(hypothesis)) {
          throw new IllegalArgumentException("board " + name + " rates evidence " + item + " against unknown hypothesis "
              + hypothesis);
        }
        Objects.requireNonNull(rating, "rating");
      });
      copy.put(item, Collections.unmodifiableMap(new TreeMap<>(row)));
    });
    ratings = Collections.unmodifiableMap(copy);
  }

  /** A board with no hypotheses or evidence yet. */
  public static AchBoard empty(String name, String question) {
    return new AchBoard(name, question, List.of(), List.of(), Map.of());
  }

  /** The rating of item {@code evidenceId} against {@code hypothesisId}; NA when unrated. */
  public Rating rating(String evidenceId, String hypothesisId) {
    return ratings.getOrDefault(evidenceId, Map.of()).getOrDefault(hypothesisId, Rating.NA);
  }

  public AchBoard withHypothesis(Hypothesis hypothesis) {
    List<Hypothesis> more = new ArrayList<>(hypotheses);
    more.add(hypothesis);
    return new AchBoard(name, question, more, evidence, ratings);
  }

  public AchBoard withEvidence(EvidenceItem item) {
    List<EvidenceItem> more = new ArrayList<>(evidence);
    more.add(item);
    return new AchBoard(name, question, hypotheses, more, ratings);
  }

  /** The board with one cell set. */
  public AchBoard rate(String evidenceId, String hypothesisId, Rating rating) {
    Map<String, Map<String, Rating>> changed = new LinkedHashMap<>();
    ratings.forEach((item, row) -> changed.put(item, new LinkedHashMap<>(row)));
    changed.computeIfAbsent(evidenceId, item -> new LinkedHashMap<>()).put(hypothesisId, rating);
    return new AchBoard(name, question, hypotheses, evidence, changed);
  }

  /** The board without the given evidence items and their ratings. */
  public AchBoard without(Set<String> evidenceIds) {
    List<EvidenceItem> kept = evidence.stream().filter(item -> !evidenceIds.contains(item.id())).toList();
    Map<String, Map<String, Rating>> rest = new LinkedHashMap<>(ratings);
    rest.keySet().removeAll(evidenceIds);
    return new AchBoard(name, question, hypotheses, kept, rest);
  }

  private static void requireUnique(String what, List<String> ids) {
    Set<String> seen = new HashSet<>();
    for (String id : ids) {
      if (!seen.add(id)) {
        throw new IllegalArgumentException("two " + what + " items share the id " + id);
      }
    }
  }
}
