package org.dyad.evidence.ach;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;
import org.dyad.core.evidence.AdmiraltyGrade;

/**
 * One item of evidence on a board.
 *
 * @param id short key, unique on its board ({@code E1})
 * @param kind what the item points at
 * @param reference the event cluster id, document id or passage ({@code doc#sentence}) it points at;
 *     null for a note
 * @param description what the item says, in the analyst's words
 * @param grade the Admiralty grade of its source, or null when ungraded
 * @param relevance how much it matters to the board's question
 */
public record EvidenceItem(String id, Kind kind, String reference, String description, AdmiraltyGrade grade,
    Relevance relevance) {

  /** What an item of evidence points at. */
  public enum Kind {
    CLUSTER,
    DOCUMENT,
    PASSAGE,
    NOTE
  }

  public EvidenceItem {
    BoardKeys.requireKey("evidence id", id);
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(relevance, "relevance");
    if (kind != Kind.NOTE && (reference == null || reference.isBlank())) {
      throw new IllegalArgumentException("evidence " + id + " of kind " + kind + " needs a reference");
    }
  }

  /**
   * How much the item counts: its grade's weight ({@link AdmiraltyGrade#weight()}, or that of an
   * ungraded item) times its relevance's. Written into the JSON for readers; ignored when read back.
   */
  @JsonProperty("weight")
  public double weight() {
    double credibility = grade == null ? AdmiraltyGrade.UNGRADED_WEIGHT : grade.weight();
    return credibility * relevance.weight();
  }
}
