package org.dyad.nlp.eval;

/**
 * How many gold actors with one root Dyad found.
 *
 * @param found the gold actors found
 * @param total the gold actors
 */
public record CodeTally(int found, int total) {

  public CodeTally {
    if (found < 0 || total < found) {
      throw new IllegalArgumentException("invalid tally " + found + "/" + total);
    }
  }

  /** {@code found / total}, 0 when there is no gold actor. */
  public double recall() {
    return total == 0 ? 0 : (double) found / total;
  }

  /** This tally with one more gold actor, found or not. */
  public CodeTally plus(boolean wasFound) {
    return new CodeTally(found + (wasFound ? 1 : 0), total + 1);
  }
}
