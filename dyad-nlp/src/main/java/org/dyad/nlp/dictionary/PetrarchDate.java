package org.dyad.nlp.dictionary;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Reads the days that PETRARCH's files write as digits: {@code yyyymmdd}, or {@code yymmdd}
 * with the KEDS/TABARI/PETRARCH pivot, where years 00 to 30 are 2000 to 2030 and 31 to 99 are
 * 1931 to 1999 (so {@code 740101} is 1 Jan 1974 and {@code 000101} is 1 Jan 2000). The actor
 * files use it for date restrictions and the validation suites for a record's date.
 */
public final class PetrarchDate {

  private static final int PIVOT = 30;

  private PetrarchDate() {}

  /**
   * The day {@code digits} names.
   *
   * @throws IllegalArgumentException with a one-line message when {@code digits} is not six or
   *     eight ASCII digits or is not a calendar day
   */
  public static LocalDate parse(String digits) {
    boolean ascii = digits.chars().allMatch(c -> c >= '0' && c <= '9');
    if (!ascii || digits.length() != 8 && digits.length() != 6) {
      throw new IllegalArgumentException("date '" + shown(digits) + "' has "
          + (ascii ? digits.length() + " digits" : "characters other than digits") + "; expected yymmdd or yyyymmdd");
    }
    int year;
    int monthAt;
    if (digits.length() == 8) {
      year = Integer.parseInt(digits.substring(0, 4));
      monthAt = 4;
    } else {
      int yy = Integer.parseInt(digits.substring(0, 2));
      year = yy <= PIVOT ? 2000 + yy : 1900 + yy;
      monthAt = 2;
    }
    int month = Integer.parseInt(digits.substring(monthAt, monthAt + 2));
    int day = Integer.parseInt(digits.substring(monthAt + 2, monthAt + 4));
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("date '" + digits + "' is not a calendar day");
    }
  }

  private static String shown(String text) {
    String cut = text.length() > 20 ? text.substring(0, 20) + "..." : text;
    StringBuilder shown = new StringBuilder(cut.length());
    cut.chars().forEach(c -> shown.append(Character.isISOControl(c) ? '?' : (char) c));
    return shown.toString();
  }
}
