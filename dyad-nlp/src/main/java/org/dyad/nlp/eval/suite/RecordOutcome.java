package org.dyad.nlp.eval.suite;

import java.util.List;
import java.util.Objects;

/**
 * How a coder did on one counted record, for error analysis.
 *
 * @param id the record's id
 * @param line the line of its {@code <Sentence>} tag, which tells apart records sharing an id
 * @param category its category
 * @param expected the events it expects (none for a {@code noevents} or {@code error} record)
 * @param emitted the events the coder emitted, as it gave them
 * @param right whether the two are equal as multisets
 */
public record RecordOutcome(
    String id, int line, String category, List<CodedTriple> expected, List<CodedTriple> emitted, boolean right) {

  public RecordOutcome {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(category, "category");
    expected = List.copyOf(expected);
    emitted = List.copyOf(emitted);
    if (right != (TripleCounts.overlap(expected, emitted) == expected.size() && expected.size() == emitted.size())) {
      throw new IllegalArgumentException("record " + id + " at line " + line + " is marked " + (right ? "right" : "wrong")
          + " but expects " + expected + " and got " + emitted);
    }
  }

  /** The expected events the coder did not emit, as often as they are missing. */
  public List<CodedTriple> missing() {
    return TripleCounts.minus(expected, emitted);
  }

  /** The emitted events that were not expected, as often as they are extra. */
  public List<CodedTriple> extra() {
    return TripleCounts.minus(emitted, expected);
  }
}
