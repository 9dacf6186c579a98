package org.dyad.nlp.eval;

import java.util.List;

/**
 * How many of the answer key's source and target actors a resolver found in the events'
 * sentences; see {@link AnswerKeyEvaluator}.
 *
 * @param events the expected events checked
 * @param actorsExpected their actors, two per event (source and target)
 * @param foundExact the actors for which a mention with the exact code exists
 * @param foundAtRoot the actors for which a mention with the code's root exists (exact included)
 * @param misses every actor not found exactly, in event order, source before target
 */
public record AnswerKeyScore(int events, int actorsExpected, int foundExact, int foundAtRoot, List<AnswerKeyMiss> misses) {

  public AnswerKeyScore {
    misses = List.copyOf(misses);
    if (events < 0 || actorsExpected != 2 * events) {
      throw new IllegalArgumentException(actorsExpected + " actors expected for " + events + " events");
    }
    if (foundExact < 0 || foundAtRoot < foundExact || actorsExpected < foundAtRoot) {
      throw new IllegalArgumentException(
          "inconsistent counts: " + foundExact + " exact, " + foundAtRoot + " at root of " + actorsExpected);
    }
    if (misses.size() != actorsExpected - foundExact) {
      throw new IllegalArgumentException(misses.size() + " misses for " + (actorsExpected - foundExact) + " actors not found");
    }
  }

  /** {@code foundExact / actorsExpected}, 0 when nothing is expected. */
  public double exactRecall() {
    return actorsExpected == 0 ? 0 : (double) foundExact / actorsExpected;
  }

  /** {@code foundAtRoot / actorsExpected}, 0 when nothing is expected. */
  public double rootRecall() {
    return actorsExpected == 0 ? 0 : (double) foundAtRoot / actorsExpected;
  }
}
