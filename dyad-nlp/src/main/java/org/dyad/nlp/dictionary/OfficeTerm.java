package org.dyad.nlp.dictionary;

import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One person's term in one office of one state or organisation, read from an offices file.
 *
 * <p>The term reuses {@link CodeSpan}: its code is the state's or organisation's actor code and
 * its days are the term, both ends included, so a handover day belongs to the outgoing and the
 * incoming holder alike, as in the actor files. A term always has a first day; a null last day
 * means the holder is still in office.
 *
 * @param span the actor code of the state or organisation ({@code IRN}, {@code IGOUNO}) and the
 *     days of the term
 * @param office the office as a normalised agent phrase ({@code "prime minister"})
 * @param holder the primary phrase of the holder's block in the actor files, normalised
 * @param sourceFile the file the term came from
 * @param lineNumber the 1-based line of the term
 */
public record OfficeTerm(
    CodeSpan span, String office, String holder, String sourceFile, int lineNumber) {

  private static final Pattern COUNTRY = Pattern.compile("[A-Z][A-Z0-9]*");

  public OfficeTerm {
    Objects.requireNonNull(span, "span");
    if (!isCountryCode(span.code())) {
      throw new IllegalArgumentException(
          "'" + span.code() + "' is not the actor code of a state or organisation");
    }
    if (span.from() == null) {
      throw new IllegalArgumentException("a term of office needs its first day");
    }
    Phrases.requireNormal(office, "office");
    Phrases.requireNormal(holder, "holder");
    Objects.requireNonNull(sourceFile, "sourceFile");
    if (lineNumber < 1) {
      throw new IllegalArgumentException("line numbers start at 1, got " + lineNumber);
    }
  }

  /** True when {@code code} is a single actor code, without {@code /} or placeholders. */
  static boolean isCountryCode(String code) {
    return COUNTRY.matcher(code).matches();
  }

  /** The actor code of the state or organisation, e.g. {@code IRN}. */
  public String countryCode() {
    return span.code();
  }

  /** The first day in office. */
  public LocalDate from() {
    return span.from();
  }

  /** The last day in office, or null while the holder is still in office. */
  public LocalDate to() {
    return span.to();
  }

  /** True when the holder was in office on {@code day}. */
  public boolean contains(LocalDate day) {
    return span.contains(day);
  }
}
