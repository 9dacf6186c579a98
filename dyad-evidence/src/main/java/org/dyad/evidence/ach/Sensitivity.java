package org.dyad.evidence.ach;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Which few items of evidence the conclusion rests on (Heuer, <i>Psychology of Intelligence
 * Analysis</i>, 1999, chapter 8, step 6: "analyze how sensitive your conclusion is to a few critical
 * items of evidence"): the single items, and failing any, the pairs, whose removal — as if they were
 * wrong or deceptive — changes which hypotheses rank first.
 *
 * <p>Removing an item recomputes {@link InconsistencyScores}; single items cost O(e² h), pairs
 * O(e³ h), searched only when no single item matters, and only up to {@value #MAX_PAIR_ITEMS} items.
 */
public final class Sensitivity {

  static final int MAX_PAIR_ITEMS = 200;

  /**
   * @param critical each set of evidence ids whose removal changes the leaders, smallest first
   * @param size 1 when single items matter, 2 when only pairs do, 0 when no item or pair does
   */
  public record Result(List<Set<String>> critical, int size) {

    public Result {
      critical = List.copyOf(critical);
    }
  }

  private Sensitivity() {}

  public static Result of(AchBoard board) {
    List<String> leaders = InconsistencyScores.leaders(board);
    List<String> ids = board.evidence().stream().map(EvidenceItem::id).toList();
    List<Set<String>> singles = new ArrayList<>();
    for (String id : ids) {
      if (changes(board, Set.of(id), leaders)) {
        singles.add(Set.of(id));
      }
    }
    if (!singles.isEmpty() || ids.size() > MAX_PAIR_ITEMS) {
      return new Result(singles, singles.isEmpty() ? 0 : 1);
    }
    List<Set<String>> pairs = new ArrayList<>();
    for (int a = 0; a < ids.size(); a++) {
      for (int b = a + 1; b < ids.size(); b++) {
        Set<String> pair = Set.of(ids.get(a), ids.get(b));
        if (changes(board, pair, leaders)) {
          pairs.add(pair);
        }
      }
    }
    return new Result(pairs, pairs.isEmpty() ? 0 : 2);
  }

  private static boolean changes(AchBoard board, Set<String> removed, List<String> leaders) {
    return !InconsistencyScores.leaders(board.without(removed)).equals(leaders);
  }
}
