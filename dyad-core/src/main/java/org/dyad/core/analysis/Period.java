package org.dyad.core.analysis;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** The length of the periods a dyad's series is counted in. */
public enum Period {
  MONTH,
  QUARTER,
  YEAR;

  /** The first day of the period holding {@code day}. */
  public LocalDate start(LocalDate day) {
    return switch (this) {
      case MONTH -> day.withDayOfMonth(1);
      case QUARTER -> LocalDate.of(day.getYear(), (day.getMonthValue() - 1) / 3 * 3 + 1, 1);
      case YEAR -> LocalDate.of(day.getYear(), 1, 1);
    };
  }

  /** The first day of the period after the one starting on {@code start}. */
  public LocalDate next(LocalDate start) {
    return switch (this) {
      case MONTH -> start.plusMonths(1);
      case QUARTER -> start.plusMonths(3);
      case YEAR -> start.plusYears(1);
    };
  }

  /**
   * The period's place on an evenly spaced time axis (years, quarters or months since year 0), the
   * x of a trend: consecutive periods differ by exactly 1.
   */
  public long index(LocalDate start) {
    long months = ChronoUnit.MONTHS.between(LocalDate.of(0, 1, 1), start);
    return switch (this) {
      case MONTH -> months;
      case QUARTER -> months / 3;
      case YEAR -> start.getYear();
    };
  }

  /** How the period is written: {@code 2011}, {@code 2011-Q3}, {@code 2011-07}. */
  public String label(LocalDate start) {
    return switch (this) {
      case MONTH -> String.format(Locale.ROOT, "%04d-%02d", start.getYear(), start.getMonthValue());
      case QUARTER -> start.getYear() + "-Q" + ((start.getMonthValue() - 1) / 3 + 1);
      case YEAR -> Integer.toString(start.getYear());
    };
  }

  /** The first day of the period written {@code label} (the inverse of {@link #label}). */
  public LocalDate startOf(String label) {
    try {
      return switch (this) {
        case YEAR -> LocalDate.of(Integer.parseInt(label), 1, 1);
        case QUARTER -> LocalDate.of(Integer.parseInt(label.substring(0, 4)), (label.charAt(6) - '1') * 3 + 1, 1);
        case MONTH -> LocalDate.of(Integer.parseInt(label.substring(0, 4)), Integer.parseInt(label.substring(5, 7)), 1);
      };
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("'" + label + "' is not a " + word() + " label", e);
    }
  }

  /** Reads {@code month}, {@code quarter} or {@code year}. */
  public static Period parse(String text) {
    try {
      return valueOf(text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("a period is month, quarter or year, got '" + text + "'");
    }
  }

  /** The lower-case name, as the CLI and JSON write it. */
  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }
}
