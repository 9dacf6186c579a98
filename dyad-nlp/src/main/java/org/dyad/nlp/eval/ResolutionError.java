package org.dyad.nlp.eval;

import java.util.List;
import java.util.Objects;
import org.dyad.core.nlp.Mention;

/**
 * One error, as an example for the report.
 *
 * @param errorClass what went wrong
 * @param position the record's 1-based position
 * @param recordId the record's id
 * @param gold the gold actor not found, or null for {@link ErrorClass#SPURIOUS_OUTSIDE_GOLD}
 * @param mentions for {@link ErrorClass#WRONG_ROOT} the mentions overlapping the gold actor; for
 *     {@link ErrorClass#MISSED} and {@link ErrorClass#UNLOCATED_GOLD} every mention of the
 *     sentence (what Dyad found instead); for {@link ErrorClass#SPURIOUS_OUTSIDE_GOLD} the one
 *     mention
 */
public record ResolutionError(
    ErrorClass errorClass, int position, String recordId, GoldActor gold, List<Mention> mentions) {

  public ResolutionError {
    Objects.requireNonNull(errorClass, "errorClass");
    Objects.requireNonNull(recordId, "recordId");
    mentions = List.copyOf(mentions);
    if (position < 1) {
      throw new IllegalArgumentException("record positions start at 1, got " + position);
    }
    if (errorClass.countsGoldActors() != (gold != null)) {
      throw new IllegalArgumentException(
          errorClass + " example " + (gold == null ? "needs a gold actor" : "takes no gold actor"));
    }
    if (errorClass == ErrorClass.WRONG_ROOT && mentions.isEmpty()
        || errorClass == ErrorClass.SPURIOUS_OUTSIDE_GOLD && mentions.size() != 1) {
      throw new IllegalArgumentException(errorClass + " example with " + mentions.size() + " mentions");
    }
  }
}
