package org.dyad.nlp.dictionary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the {@code [CODE date-restriction]} blocks of actor files into {@link CodeSpan}s.
 *
 * <p>Accepted inside the brackets (blanks around {@code <}, {@code >} and {@code -} are
 * optional, as the files use both):
 *
 * <ul>
 *   <li>{@code CODE}: applies on every day;
 *   <li>{@code CODE D1-D2}: from D1 to D2, both days included;
 *   <li>{@code CODE >D}: from D on (D included, as PETRARCH compares {@code >=}); {@code CODE
 *       <D}: up to the day before D;
 *   <li>{@code CODE D}: from D on. Not in PETRARCH's documentation; the two Phoenix lines with
 *       it mean "since" ({@code [USAGOV 19820101] # entered Foreign Service}).
 * </ul>
 *
 * <p>CODE starts with a letter and holds letters and digits, optionally several joined by
 * {@code /}, or is {@code ---} / {@code +++}; it is upper-cased. A date D is {@code yyyymmdd} or
 * {@code yymmdd}. Two-digit years follow the KEDS/TABARI/PETRARCH pivot: 00 to 30 are 2000 to
 * 2030, 31 to 99 are 1931 to 1999 (so {@code 740101} is 1 Jan 1974 and {@code 000101} is 1 Jan
 * 2000). Rejected, with a message: other digit counts (PETRARCH silently truncates {@code
 * 201005011} to its first eight digits and {@code 9008223} to its first six), impossible days,
 * and ranges that end before they start.
 */
final class CodeSpanParser {

  private static final Pattern SPAN =
      Pattern.compile(
          "(?<code>[^\\s<>]+)"
              + "(?:\\s*(?<op>[<>])\\s*(?<single>\\d+)"
              + "|\\s+(?<from>\\d+)\\s*-\\s*(?<to>\\d+)"
              + "|\\s+(?<bare>\\d+))?");

  private CodeSpanParser() {}

  /**
   * The bracket groups at the start of a line's code part, and what stopped the scan early.
   *
   * @param insides the stripped insides, in order: {@code "[A] [B 900101-910101]"} gives
   *     {@code "A"} and {@code "B 900101-910101"}
   * @param problem why the scan stopped before the end (stray text, an unclosed bracket), or
   *     null when only blanks stood between and after the groups
   */
  record BracketGroups(List<String> insides, String problem) {

    BracketGroups {
      insides = List.copyOf(insides);
    }
  }

  /**
   * Reads the bracket groups of {@code text}. The groups before a problem are kept: the Phoenix
   * international file has lines such as {@code A.H._BELO_CORPORATION_ [MNCMED]
   * Newspapers/Magazines} whose code is fine and whose tail lacks its {@code #}.
   */
  static BracketGroups bracketGroups(String text) {
    List<String> insides = new ArrayList<>();
    int at = 0;
    while (at < text.length()) {
      char c = text.charAt(at);
      if (Character.isWhitespace(c)) {
        at++;
      } else if (c == '[') {
        int close = text.indexOf(']', at);
        int reopen = text.indexOf('[', at + 1);
        if (close < 0 || (reopen >= 0 && reopen < close)) {
          return new BracketGroups(
              insides, "'[' is not closed by ']' in '" + text.substring(at).strip() + "'");
        }
        insides.add(text.substring(at + 1, close).strip());
        at = close + 1;
      } else {
        return new BracketGroups(
            insides, "unexpected text '" + text.substring(at).strip() + "' after the code");
      }
    }
    return new BracketGroups(insides, null);
  }

  /** Reads the inside of one bracket group, e.g. {@code "IRNGOV 20050803-20130803"}. */
  static CodeSpan parse(String inside) throws MalformedLineException {
    Matcher matcher = SPAN.matcher(inside.strip());
    if (!matcher.matches()) {
      throw new MalformedLineException("cannot read code block [" + inside + "]");
    }
    String code = matcher.group("code").toUpperCase(Locale.ROOT);
    if (!CodeSpan.isCode(code)) {
      throw new MalformedLineException(
          "'" + matcher.group("code") + "' in [" + inside + "] is not an actor code");
    }
    if (matcher.group("op") != null) {
      LocalDate day = parseDate(matcher.group("single"));
      return matcher.group("op").equals(">")
          ? new CodeSpan(code, day, null)
          : new CodeSpan(code, null, day.minusDays(1));
    }
    if (matcher.group("bare") != null) {
      return new CodeSpan(code, parseDate(matcher.group("bare")), null);
    }
    if (matcher.group("from") != null) {
      LocalDate from = parseDate(matcher.group("from"));
      LocalDate to = parseDate(matcher.group("to"));
      if (from.isAfter(to)) {
        throw new MalformedLineException(
            "[" + inside + "] ends before it starts (" + from + " to " + to + ")");
      }
      return new CodeSpan(code, from, to);
    }
    return CodeSpan.always(code);
  }

  /** Reads {@code yyyymmdd} or {@code yymmdd} (see {@link PetrarchDate}). */
  static LocalDate parseDate(String digits) throws MalformedLineException {
    try {
      return PetrarchDate.parse(digits);
    } catch (IllegalArgumentException e) {
      throw new MalformedLineException(e.getMessage());
    }
  }
}
