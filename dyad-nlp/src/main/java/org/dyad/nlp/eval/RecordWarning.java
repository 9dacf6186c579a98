package org.dyad.nlp.eval;

import java.util.Objects;

/**
 * A record of a gold-data file that could not be read as written, and what was done about it.
 *
 * @param source the file name (or the source name given to a reader)
 * @param record the 1-based position of the record: among the PLOVER records, or the line number
 *     in a JSON Lines file or of the record's {@code <Sentence>} tag in a validation suite
 * @param id the record's id ({@code PLOVER-GSR01-AGREE-0007}, a document path), or "" when it
 *     has none
 * @param message one line saying what is wrong and what the reader did instead
 */
public record RecordWarning(String source, int record, String id, String message)
    implements Comparable<RecordWarning> {

  public RecordWarning {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(message, "message");
    if (record < 1) {
      throw new IllegalArgumentException("record positions start at 1, got " + record);
    }
    if (message.isBlank()) {
      throw new IllegalArgumentException("a warning needs a message");
    }
  }

  @Override
  public int compareTo(RecordWarning other) {
    int bySource = source.compareTo(other.source);
    return bySource != 0 ? bySource : Integer.compare(record, other.record);
  }

  @Override
  public String toString() {
    return source + " record " + record + (id.isEmpty() ? "" : " (" + id + ")") + ": " + message;
  }
}
