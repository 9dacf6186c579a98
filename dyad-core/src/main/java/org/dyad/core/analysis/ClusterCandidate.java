package org.dyad.core.analysis;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A coded event as event clustering sees it, with the analyst's judgement already applied (a
 * recoded event carries its new code; an event judged wrong is not a candidate).
 *
 * @param id the event id
 * @param doc the document it was coded from
 * @param outlet the document's outlet
 * @param date the event date, or null when unknown (such an event stays a cluster of its own)
 * @param source the source actor code
 * @param target the target actor code
 * @param code the event code
 * @param verb the words that carry the event, empty when unknown
 * @param targetText the words that name the target, empty when unknown
 */
public record ClusterCandidate(
    String id, String doc, String outlet, LocalDate date, String source, String target, String code, String verb,
    String targetText) {

  public ClusterCandidate {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(doc, "doc");
    Objects.requireNonNull(outlet, "outlet");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(verb, "verb");
    Objects.requireNonNull(targetText, "targetText");
    if (code.length() < 2) {
      throw new IllegalArgumentException("event " + id + ": an event code has at least two characters, got '" + code + "'");
    }
  }

  /** The root category: the code's first two characters. */
  public String root() {
    return code.substring(0, 2);
  }
}
