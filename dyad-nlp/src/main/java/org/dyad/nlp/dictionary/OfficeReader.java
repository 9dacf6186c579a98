package org.dyad.nlp.dictionary;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Reads a Dyad offices file ({@code offices.txt}): who held which office of which state or
 * organisation on which days.
 *
 * <p>Each line is one term, four fields separated by blanks:
 *
 * <pre>COUNTRY OFFICE PERIOD HOLDER</pre>
 *
 * <ul>
 *   <li>COUNTRY: the actor code of the state or organisation ({@code IRN}, {@code IGOUNO}),
 *       letters and digits starting with a letter, upper-cased as the actor files' codes are;
 *   <li>OFFICE: an agent phrase of the agents file, words joined by {@code _} ({@code
 *       PRIME_MINISTER});
 *   <li>PERIOD: {@code D1-D2} (from D1 to D2, both included) or {@code >D} (from D on, still in
 *       office), without blanks; dates are {@code yyyymmdd} only, as a new file needs no
 *       two-digit years;
 *   <li>HOLDER: the rest of the line, the primary phrase of the holder's block in the actor
 *       files ({@code MOHAMMAD_KHATAMI_}).
 * </ul>
 *
 * <p>Blank lines, {@code #} comments and the file's encoding are handled as for {@link
 * PetrarchActorReader}. Warnings, one per line, the line skipped, never an exception: fewer than
 * four fields, a country that is not an actor code, an office or holder without a word, a
 * holder containing a bracket (a code pasted from an actor file), and a period that is not one
 * of the two forms, has a date other than eight digits or an impossible day, or ends before it
 * starts.
 */
public final class OfficeReader {

  private static final int FIELDS = 4;
  private static final int DATE_DIGITS = 8;

  /** Reads {@code file} as UTF-8, or ISO-8859-1 with a warning if it is not valid UTF-8. */
  public ReadResult<OfficeHolders> read(Path file) throws IOException {
    List<DictionaryWarning> warnings = new ArrayList<>();
    List<DictionaryLine> lines = DictionaryLines.read(file, warnings);
    return parse(lines, file.getFileName().toString(), warnings);
  }

  /** Reads the characters of {@code reader}; {@code sourceName} names them in the results. */
  public ReadResult<OfficeHolders> read(Reader reader, String sourceName) throws IOException {
    List<DictionaryWarning> warnings = new ArrayList<>();
    List<DictionaryLine> lines = DictionaryLines.read(reader, sourceName, warnings);
    return parse(lines, sourceName, warnings);
  }

  private static ReadResult<OfficeHolders> parse(
      List<DictionaryLine> lines, String source, List<DictionaryWarning> warnings) {
    List<OfficeTerm> terms = new ArrayList<>();
    for (DictionaryLine line : lines) {
      try {
        terms.add(term(line, source));
      } catch (MalformedLineException e) {
        warnings.add(new DictionaryWarning(source, line.number(), e.getMessage() + "; skipped"));
      }
    }
    warnings.sort(Comparator.comparingInt(DictionaryWarning::lineNumber));
    return new ReadResult<>(new OfficeHolders(terms), warnings);
  }

  private static OfficeTerm term(DictionaryLine line, String source)
      throws MalformedLineException {
    String[] fields = line.content().split("\\s+", FIELDS);
    if (fields.length < FIELDS) {
      throw new MalformedLineException(
          "an office line reads COUNTRY OFFICE PERIOD HOLDER, this one has "
              + fields.length
              + (fields.length == 1 ? " field" : " fields"));
    }
    String country = fields[0].toUpperCase(Locale.ROOT);
    if (!OfficeTerm.isCountryCode(country)) {
      throw new MalformedLineException("'" + fields[0] + "' is not an actor code");
    }
    String office = Phrases.normalise(fields[1]);
    if (office.isEmpty()) {
      throw new MalformedLineException("office '" + fields[1] + "' has no word");
    }
    CodeSpan span = period(country, fields[2]);
    if (fields[3].indexOf('[') >= 0 || fields[3].indexOf(']') >= 0) {
      throw new MalformedLineException(
          "holder '" + fields[3] + "' contains a bracket; give the actor's phrase only");
    }
    String holder = Phrases.normalise(fields[3]);
    if (holder.isEmpty()) {
      throw new MalformedLineException("holder '" + fields[3] + "' has no word");
    }
    return new OfficeTerm(span, office, holder, source, line.number());
  }

  private static CodeSpan period(String country, String text) throws MalformedLineException {
    if (text.startsWith(">")) {
      return new CodeSpan(country, date(text.substring(1), text), null);
    }
    int dash = text.indexOf('-');
    if (dash < 0) {
      throw new MalformedLineException(
          "period '" + text + "' is neither yyyymmdd-yyyymmdd nor >yyyymmdd");
    }
    LocalDate from = date(text.substring(0, dash), text);
    LocalDate to = date(text.substring(dash + 1), text);
    if (from.isAfter(to)) {
      throw new MalformedLineException(
          "period '" + text + "' ends before it starts (" + from + " to " + to + ")");
    }
    return new CodeSpan(country, from, to);
  }

  private static LocalDate date(String digits, String period) throws MalformedLineException {
    if (digits.length() != DATE_DIGITS || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new MalformedLineException(
          "period '" + period + "' needs dates of eight digits, yyyymmdd");
    }
    return CodeSpanParser.parseDate(digits);
  }
}
