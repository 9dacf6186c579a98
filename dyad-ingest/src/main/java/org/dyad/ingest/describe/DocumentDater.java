package org.dyad.ingest.describe;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.core.model.Document.DateSource;

/**
 * Finds a document's date: first in its metadata (creation or publication date), then in a
 * dateline near the start of its text ("TEHRAN, Oct. 14, 2001", "14 October 2001",
 * "2001-10-14"), then in its file name ("2001-10-14-report.txt", "20011014.pdf"). Dates before
 * 1900 or after next year are treated as noise.
 */
public final class DocumentDater {

  /** Metadata keys holding a document (not a file-system) date, most trustworthy first. */
  private static final List<String> DATE_KEYS = List.of(
      "dcterms:created", "dc:date", "date", "article:published_time", "meta:creation-date", "Creation-Date",
      "pdf:docinfo:created");
  private static final int DATELINE_WINDOW = 400;

  private static final String MONTH =
      "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile("\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d\\d)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + ",?\\s+((?:19|20)\\d\\d)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern ISO = Pattern.compile("\\b((?:19|20)\\d\\d)-(\\d\\d)-(\\d\\d)\\b");
  private static final Pattern FILE_NAME = Pattern.compile("((?:19|20)\\d\\d)[-_.]?(\\d\\d)[-_.]?(\\d\\d)");

  /** A date with where it came from. */
  public record DatedAs(LocalDate date, DateSource source) {}

  private DocumentDater() {}

  public static DatedAs date(Map<String, String> metadata, String text, String fileName) {
    for (String key : DATE_KEYS) {
      Optional<LocalDate> date = parseMetadataDate(metadata.get(key));
      if (date.isPresent()) {
        return new DatedAs(date.get(), DateSource.METADATA);
      }
    }
    Optional<LocalDate> dateline = dateline(text);
    if (dateline.isPresent()) {
      return new DatedAs(dateline.get(), DateSource.DATELINE);
    }
    Optional<LocalDate> named = fromFileName(fileName);
    return named.map(date -> new DatedAs(date, DateSource.FILE_NAME)).orElse(new DatedAs(null, DateSource.NONE));
  }

  static Optional<LocalDate> parseMetadataDate(String value) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    String v = value.strip();
    try {
      return plausible(OffsetDateTime.parse(v).toLocalDate());
    } catch (DateTimeParseException notOffset) {
      // Fall through to the shapes metadata dates take in the wild.
    }
    Matcher iso = ISO.matcher(v);
    if (iso.find()) {
      return of(iso.group(1), iso.group(2), iso.group(3));
    }
    return dateline(v);
  }

  /** The first date written out near the start of the text. */
  public static Optional<LocalDate> dateline(String text) {
    String head = text.length() > DATELINE_WINDOW ? text.substring(0, DATELINE_WINDOW) : text;
    Optional<LocalDate> best = Optional.empty();
    int bestAt = Integer.MAX_VALUE;
    Matcher m = MONTH_DAY_YEAR.matcher(head);
    if (m.find() && m.start() < bestAt) {
      Optional<LocalDate> d = of(m.group(3), Integer.toString(month(m.group(1))), m.group(2));
      if (d.isPresent()) {
        best = d;
        bestAt = m.start();
      }
    }
    m = DAY_MONTH_YEAR.matcher(head);
    if (m.find() && m.start() < bestAt) {
      Optional<LocalDate> d = of(m.group(3), Integer.toString(month(m.group(2))), m.group(1));
      if (d.isPresent()) {
        best = d;
        bestAt = m.start();
      }
    }
    m = ISO.matcher(head);
    if (m.find() && m.start() < bestAt) {
      Optional<LocalDate> d = of(m.group(1), m.group(2), m.group(3));
      if (d.isPresent()) {
        best = d;
      }
    }
    return best;
  }

  static Optional<LocalDate> fromFileName(String fileName) {
    Matcher m = FILE_NAME.matcher(fileName);
    while (m.find()) {
      Optional<LocalDate> d = of(m.group(1), m.group(2), m.group(3));
      if (d.isPresent()) {
        return d;
      }
    }
    return Optional.empty();
  }

  private static int month(String name) {
    String key = name.toLowerCase(Locale.ROOT).substring(0, 3);
    return List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec").indexOf(key) + 1;
  }

  private static Optional<LocalDate> of(String year, String month, String day) {
    try {
      return plausible(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
    } catch (java.time.DateTimeException | NumberFormatException invalid) {
      return Optional.empty();
    }
  }

  private static Optional<LocalDate> plausible(LocalDate date) {
    boolean inRange = date.getYear() >= 1900 && date.getYear() <= LocalDate.now().getYear() + 1;
    return inRange ? Optional.of(date) : Optional.empty();
  }
}
