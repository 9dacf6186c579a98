package org.dyad.evidence.ach;

/** How much an item of evidence matters to the question the board asks, as the analyst judges it. */
public enum Relevance {
  HIGH(1.0),
  MEDIUM(0.6),
  LOW(0.3);

  private final double weight;

  Relevance(double weight) {
    this.weight = weight;
  }

  public double weight() {
    return weight;
  }
}
