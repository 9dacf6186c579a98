package org.dyad.nlp.coding;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Resolves the date words attached to a verb ("on Monday", "yesterday", "last year", "on Oct. 14")
 * against the document's date, as news is written: a weekday is the latest such day on or before
 * the document's date; "last week/month/year" steps back one unit; a month and day without a year
 * is the latest such day on or before the document's date. Temporal modifiers of the verb come
 * first, then those inside its phrases; a date in another clause (a reported or adverbial clause)
 * does not move this event.
 */
final class RelativeDates {

  private static final Map<String, Month> MONTHS = Map.ofEntries(
      Map.entry("JAN", Month.JANUARY), Map.entry("FEB", Month.FEBRUARY), Map.entry("MAR", Month.MARCH),
      Map.entry("APR", Month.APRIL), Map.entry("MAY", Month.MAY), Map.entry("JUN", Month.JUNE),
      Map.entry("JUL", Month.JULY), Map.entry("AUG", Month.AUGUST), Map.entry("SEP", Month.SEPTEMBER),
      Map.entry("SEPT", Month.SEPTEMBER), Map.entry("OCT", Month.OCTOBER), Map.entry("NOV", Month.NOVEMBER),
      Map.entry("DEC", Month.DECEMBER));

  private RelativeDates() {}

  /** The event date for {@code verb}: a resolved relative date, else {@code docDate} (which may be null). */
  static LocalDate resolve(Dependencies tree, int verb, LocalDate docDate) {
    if (docDate == null) {
      return null;
    }
    // the verb's own modifiers first, then those inside its phrases ("leaders living in Iran on Thursday")
    for (int token : tree.children(verb)) {
      LocalDate date = temporal(tree, token, docDate);
      if (date != null) {
        return date;
      }
    }
    for (int token : tree.subtree(verb, PredicateFinder.CLAUSE_BOUNDARIES_EXCEPT_ACL)) {
      if (token != verb && tree.head(token) != verb) {
        LocalDate date = temporal(tree, token, docDate);
        if (date != null) {
          return date;
        }
      }
    }
    return docDate;
  }

  private static LocalDate temporal(Dependencies tree, int token, LocalDate docDate) {
    String relation = tree.baseRelation(token);
    boolean modifier = relation.equals("obl") || relation.equals("advmod") || relation.equals("nmod") || tree.relation(token).endsWith(":tmod");
    return modifier ? dateOf(tree, token, docDate) : null;
  }

  private static LocalDate dateOf(Dependencies tree, int head, LocalDate docDate) {
    String word = tree.form(head).replace(".", "");
    switch (word) {
      case "YESTERDAY" -> {
        return docDate.minusDays(1);
      }
      case "TODAY", "TONIGHT" -> {
        return docDate;
      }
      case "TOMORROW" -> {
        return docDate.plusDays(1);
      }
      default -> { }
    }
    DayOfWeek weekday = weekday(word);
    if (weekday != null) {
      int back = (docDate.getDayOfWeek().getValue() - weekday.getValue() + 7) % 7;
      return docDate.minusDays(back);
    }
    List<Integer> modifiers = tree.children(head, "amod", "det", "nummod", "compound");
    for (int modifier : modifiers) {
      String modifierWord = tree.form(modifier);
      if (modifierWord.equals("LAST") || modifierWord.equals("PAST")) {
        return switch (word) {
          case "WEEK" -> docDate.minusWeeks(1);
          case "MONTH" -> docDate.minusMonths(1);
          case "YEAR" -> docDate.minusYears(1);
          case "NIGHT" -> docDate.minusDays(1);
          default -> null;
        };
      }
    }
    Month month = month(word);
    if (month != null) {
      for (int modifier : tree.children(head, "nummod", "obl:tmod", "nmod:tmod", "compound")) {
        LocalDate date = dayOf(month, tree.form(modifier), docDate);
        if (date != null) {
          return date;
        }
      }
      if (head + 1 <= tree.size()) {
        return dayOf(month, tree.form(head + 1), docDate);
      }
    }
    return null;
  }

  private static LocalDate dayOf(Month month, String number, LocalDate docDate) {
    if (!number.matches("[0-9]{1,2}")) {
      return null;
    }
    int day = Integer.parseInt(number);
    if (day < 1 || day > month.length(true)) {
      return null;
    }
    for (int year = docDate.getYear(); year >= docDate.getYear() - 1; year--) {
      if (day <= month.length(java.time.Year.isLeap(year))) {
        LocalDate date = LocalDate.of(year, month, day);
        if (!date.isAfter(docDate)) {
          return date;
        }
      }
    }
    return null;
  }

  private static DayOfWeek weekday(String word) {
    for (DayOfWeek day : DayOfWeek.values()) {
      if (day.name().equals(word)) {
        return day;
      }
    }
    return null;
  }

  private static Month month(String word) {
    for (Month month : Month.values()) {
      if (month.name().equals(word)) {
        return month;
      }
    }
    return word.length() >= 3 ? MONTHS.get(word.toUpperCase(Locale.ROOT)) : null;
  }
}
