package org.dyad.nlp.dictionary;

import java.util.Objects;

/**
 * A line of a dictionary file that could not be read as written, and what was done about it.
 *
 * @param file the file name (or the source name given to a reader)
 * @param lineNumber the 1-based line the problem is on
 * @param message one line saying what is wrong and what the reader did instead
 */
public record DictionaryWarning(String file, int lineNumber, String message)
    implements Comparable<DictionaryWarning> {

  public DictionaryWarning {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(message, "message");
    if (lineNumber < 1) {
      throw new IllegalArgumentException("line numbers start at 1, got " + lineNumber);
    }
    if (message.isBlank()) {
      throw new IllegalArgumentException("a warning needs a message");
    }
  }

  @Override
  public int compareTo(DictionaryWarning other) {
    int byFile = file.compareTo(other.file);
    return byFile != 0 ? byFile : Integer.compare(lineNumber, other.lineNumber);
  }

  @Override
  public String toString() {
    return file + ":" + lineNumber + ": " + message;
  }
}
