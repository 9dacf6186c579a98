package org.dyad.nlp.dictionary;

import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A CAMEO code and the days it applies, read from one {@code [CODE date-restriction]} block.
 *
 * <p>Both ends are inclusive: {@code [ORCHOB 20100109-20100112]} applies on 9 and on 12 January
 * 2010. That is what PETRARCH's own validation suite expects (records DATE-09 and DATE-11 code
 * Sam Gamgee ORCHOB on both end days), and it is how the Phoenix country file is written: South
 * Africa's one-day acting president has {@code [ZAFGOV 080925-080925]}. A null end is open:
 * {@code [X >20130803]} has no {@code to}, {@code [X <19950101]} ends the day before, and a plain
 * {@code [X]} applies on every day.
 *
 * @param code upper-case letters and digits ({@code IRNGOV}), several such codes joined by
 *     {@code /} (TABARI's compound actors, {@code ELR/GAL}), or one of the placeholder codes
 *     {@code ---} (known, deliberately uncoded) and {@code +++}
 * @param from first day the code applies, or null for "since always"
 * @param to last day it applies, or null for "still applies"
 */
public record CodeSpan(String code, LocalDate from, LocalDate to) {

  private static final Pattern CODE =
      Pattern.compile("[A-Z][A-Z0-9]*(/[A-Z][A-Z0-9]*)*|-{3}|\\+{3}");

  public CodeSpan {
    Objects.requireNonNull(code, "code");
    if (!isCode(code)) {
      throw new IllegalArgumentException("not an actor code: '" + code + "'");
    }
    if (from != null && to != null && from.isAfter(to)) {
      throw new IllegalArgumentException(
          "code " + code + " would apply on no day: " + from + " is after " + to);
    }
  }

  /** True when {@code code} has the form described for {@link #code}. */
  static boolean isCode(String code) {
    return CODE.matcher(code).matches();
  }

  /** A code that applies on every day. */
  public static CodeSpan always(String code) {
    return new CodeSpan(code, null, null);
  }

  /** True when the code applies on {@code day}. */
  public boolean contains(LocalDate day) {
    Objects.requireNonNull(day, "day");
    return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
  }

  /** True when at least one end is bounded, i.e. the code depends on the date. */
  public boolean isDated() {
    return from != null || to != null;
  }
}
