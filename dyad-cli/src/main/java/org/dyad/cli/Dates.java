package org.dyad.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Date options as the user types them: {@code yyyy-mm-dd}. */
final class Dates {

  private Dates() {}

  /** The date, or null when the option was not given; a one-line error naming the option otherwise. */
  static LocalDate parse(String option, String value) {
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(option + " must be a date yyyy-mm-dd, got '" + value + "'");
    }
  }
}
