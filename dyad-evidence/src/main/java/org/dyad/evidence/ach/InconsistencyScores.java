package org.dyad.evidence.ach;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Ranks a board's hypotheses by how much evidence speaks against them, the core of Heuer's Analysis
 * of Competing Hypotheses (R. J. Heuer Jr., <i>Psychology of Intelligence Analysis</i>, CIA Center
 * for the Study of Intelligence, 1999, chapter 8, step 5): the most likely hypothesis is the one
 * with the least evidence inconsistent with it, not the one with the most evidence for it, since
 * consistent evidence is often consistent with every hypothesis.
 *
 * <p>A hypothesis's score is the sum over evidence items of the item's weight ({@link
 * EvidenceItem#weight()}: source grade × relevance) times the rating's inconsistency (1 for I, 2
 * for II, 0 otherwise). Ties keep the board's order. O(evidence × hypotheses).
 */
public final class InconsistencyScores {

  /** One hypothesis's place: rank 1 is the least inconsistent. */
  public record Ranked(Hypothesis hypothesis, double inconsistency, int inconsistentItems, int rank) {}

  private InconsistencyScores() {}

  /** The hypotheses, least inconsistent first; equal scores share a rank. */
  public static List<Ranked> rank(AchBoard board) {
    List<Ranked> scored = new ArrayList<>();
    for (Hypothesis hypothesis : board.hypotheses()) {
      double score = 0;
      int against = 0;
      for (EvidenceItem item : board.evidence()) {
        int inconsistency = board.rating(item.id(), hypothesis.id()).inconsistency();
        score += item.weight() * inconsistency;
        against += inconsistency > 0 ? 1 : 0;
      }
      scored.add(new Ranked(hypothesis, score, against, 0));
    }
    scored.sort(Comparator.comparingDouble(Ranked::inconsistency));
    List<Ranked> ranked = new ArrayList<>(scored.size());
    for (int i = 0; i < scored.size(); i++) {
      Ranked current = scored.get(i);
      boolean tied = i > 0 && same(scored.get(i - 1).inconsistency(), current.inconsistency());
      int rank = tied ? ranked.get(i - 1).rank() : i + 1;
      ranked.add(new Ranked(current.hypothesis(), current.inconsistency(), current.inconsistentItems(), rank));
    }
    return ranked;
  }

  /** The ids of the hypotheses ranked first (more than one on a tie); empty for a board without any. */
  public static List<String> leaders(AchBoard board) {
    return rank(board).stream().filter(r -> r.rank() == 1).map(r -> r.hypothesis().id()).toList();
  }

  static boolean same(double a, double b) {
    return Math.abs(a - b) < 1e-9;
  }
}
