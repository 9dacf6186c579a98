package org.dyad.core.sanctions;

import java.util.Objects;

/**
 * A record a list reader skipped or read only in part, shown to the user as one line.
 *
 * @param file the file's name
 * @param line the 1-based line (CSV) or 0 when the format has no useful line
 * @param message what was wrong
 */
public record ListWarning(String file, long line, String message) {

  public ListWarning {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(message, "message");
    if (line < 0) {
      throw new IllegalArgumentException("line must be >= 0, got " + line);
    }
  }

  /** {@code sdn.csv:12: expected 12 fields, found 3}. */
  @Override
  public String toString() {
    return file + (line > 0 ? ":" + line : "") + ": " + message;
  }
}
