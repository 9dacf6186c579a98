package org.dyad.core.analysis;

import java.time.Instant;
import java.util.Objects;
import org.dyad.core.event.CameoCode;
import org.dyad.core.event.CameoOntology;

/**
 * An analyst's judgement of a coded event, kept by event id so that it outlives re-coding and
 * re-ingest (the same sentence coded the same way keeps its id).
 *
 * @param eventId the judged event's id
 * @param judgement right, wrong or recode
 * @param code for {@link Judgement#RECODE}, the code the event counts under; else null
 * @param note the analyst's note, or null
 * @param judgedAt when it was made
 */
public record EventJudgement(String eventId, Judgement judgement, String code, String note, Instant judgedAt) {

  public EventJudgement {
    Objects.requireNonNull(eventId, "eventId");
    Objects.requireNonNull(judgement, "judgement");
    Objects.requireNonNull(judgedAt, "judgedAt");
    if (eventId.isBlank()) {
      throw new IllegalArgumentException("a judgement needs the event id");
    }
    if ((judgement == Judgement.RECODE) != (code != null)) {
      throw new IllegalArgumentException("event " + eventId + ": a recode judgement, and only that, gives a code");
    }
    if (code != null && !code.matches("[0-9]{2,4}")) {
      throw new IllegalArgumentException("event " + eventId + ": the new code must be a CAMEO code of 2 to 4 digits, got '"
          + code + "'");
    }
  }

  /** The CAMEO facts of the new code, when it is one CAMEO defines. */
  public java.util.Optional<CameoCode> cameo() {
    return code == null ? java.util.Optional.empty() : CameoOntology.cameo().find(code);
  }
}
