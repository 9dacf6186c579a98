package org.dyad.evidence.ach;

import java.util.ArrayList;
import java.util.List;

/**
 * How well each item of evidence discriminates between the hypotheses (Heuer, <i>Psychology of
 * Intelligence Analysis</i>, 1999, chapter 8, step 3): an item rated alike against every
 * hypothesis has no diagnostic value however persuasive it seems, and ACH asks the analyst to set
 * such items aside.
 *
 * <p>The diagnosticity of an item is the spread of its consistency ratings (CC = +2 … II = −2)
 * over the hypotheses it applies to, divided by 4: 0 when all are alike (or fewer than two apply),
 * 1 when one hypothesis is rated CC and another II. Weighted diagnosticity multiplies by the item's
 * weight. O(evidence × hypotheses).
 */
public final class Diagnosticity {

  /** One item's diagnosticity. */
  public record Item(EvidenceItem evidence, double diagnosticity, double weighted) {

    public boolean diagnostic() {
      return diagnosticity > 0;
    }
  }

  private Diagnosticity() {}

  /** Every item's diagnosticity, in the board's order. */
  public static List<Item> of(AchBoard board) {
    List<Item> items = new ArrayList<>();
    for (EvidenceItem item : board.evidence()) {
      int highest = Integer.MIN_VALUE;
      int lowest = Integer.MAX_VALUE;
      int applying = 0;
      for (Hypothesis hypothesis : board.hypotheses()) {
        Rating rating = board.rating(item.id(), hypothesis.id());
        if (rating.applies()) {
          applying++;
          highest = Math.max(highest, rating.consistency());
          lowest = Math.min(lowest, rating.consistency());
        }
      }
      double spread = applying < 2 ? 0 : (highest - lowest) / 4.0;
      items.add(new Item(item, spread, spread * item.weight()));
    }
    return items;
  }
}
