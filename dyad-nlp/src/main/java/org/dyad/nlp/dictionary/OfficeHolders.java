package org.dyad.nlp.dictionary;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Who held an office of a state or organisation on a given day, so that "the Iranian president"
 * on 1 June 2001 can be named: Mohammad Khatami. Immutable.
 *
 * <p>Offices are matched exactly, after {@link Phrases#normalise normalising} the phrase: the
 * agents file gives "premier" and "prime minister" as two agents, so a term recorded under one
 * is not found under the other. A lookup scans the terms of one office of one state, a handful,
 * so it takes time linear in that office's history.
 */
public final class OfficeHolders {

  private static final String DEFAULT_RESOURCE = "/org/dyad/nlp/dictionaries/offices.txt";

  // Two threads may both read the file on first use; both get equal holders.
  private static volatile OfficeHolders defaults;

  private final List<OfficeTerm> terms;
  private final Map<String, List<OfficeTerm>> byOffice;

  /** Indexes {@code terms}; the list keeps their order, usually the file's. */
  public OfficeHolders(List<OfficeTerm> terms) {
    this.terms = List.copyOf(Objects.requireNonNull(terms, "terms"));
    Map<String, List<OfficeTerm>> index = new HashMap<>();
    for (OfficeTerm term : this.terms) {
      String key = key(term.countryCode(), term.office());
      index.computeIfAbsent(key, k -> new ArrayList<>()).add(term);
    }
    // A stable sort: terms starting on the same day stay in the order given.
    index.replaceAll(
        (k, list) -> list.stream().sorted(Comparator.comparing(OfficeTerm::from)).toList());
    this.byOffice = Map.copyOf(index);
  }

  /**
   * The offices Dyad ships ({@code offices.txt} beside the actor dictionaries). Read once; the
   * file is kept free of warnings by its own test, so none are expected here.
   *
   * @throws UncheckedIOException if the resource cannot be read
   */
  public static OfficeHolders defaults() {
    OfficeHolders read = defaults;
    if (read == null) {
      read = readDefaults();
      defaults = read;
    }
    return read;
  }

  /**
   * The term of whoever held {@code officePhrase} in {@code countryCode} on {@code day}, if the
   * offices know one.
   *
   * <p>On a handover day both the outgoing and the incoming holder are in office, as both range
   * ends are included; the incoming one is returned (the term that started last, and of two
   * starting on the same day the later given), because news of that day speaks of the new
   * holder.
   *
   * @param countryCode the state's or organisation's actor code, e.g. {@code IRN}
   * @param officePhrase an agent phrase in any spelling that normalises alike, e.g. {@code
   *     "president"} or {@code "PRIME_MINISTER"}
   */
  public Optional<OfficeTerm> holder(String countryCode, String officePhrase, LocalDate day) {
    Objects.requireNonNull(day, "day");
    OfficeTerm incoming = null;
    for (OfficeTerm term : terms(countryCode, officePhrase)) {
      if (term.contains(day)) {
        incoming = term;
      }
    }
    return Optional.ofNullable(incoming);
  }

  /**
   * The terms of {@code officePhrase}, in any state or organisation, that include {@code day} and
   * whose holder's name ends with {@code surname} ("president", "Clinton", 1999: Bill Clinton's).
   */
  public List<OfficeTerm> heldBySurname(String officePhrase, String surname, LocalDate day) {
    Objects.requireNonNull(day, "day");
    String office = Phrases.normalise(officePhrase);
    String last = Phrases.normalise(surname);
    List<OfficeTerm> found = new ArrayList<>();
    for (OfficeTerm term : terms) {
      if (term.office().equals(office) && term.contains(day) && lastWord(term.holder()).equals(last)) {
        found.add(term);
      }
    }
    return found;
  }

  private static String lastWord(String phrase) {
    return phrase.substring(phrase.lastIndexOf(' ') + 1);
  }

  /** The terms of one office of one state or organisation, by first day; may be empty. */
  public List<OfficeTerm> terms(String countryCode, String officePhrase) {
    return byOffice.getOrDefault(key(countryCode, officePhrase), List.of());
  }

  /** Every term, in the order given. */
  public List<OfficeTerm> terms() {
    return terms;
  }

  public int size() {
    return terms.size();
  }

  private static String key(String countryCode, String officePhrase) {
    return countryCode.toUpperCase(Locale.ROOT) + " " + Phrases.normalise(officePhrase);
  }

  private static OfficeHolders readDefaults() {
    InputStream stream = OfficeHolders.class.getResourceAsStream(DEFAULT_RESOURCE);
    if (stream == null) {
      throw new UncheckedIOException(
          new IOException(DEFAULT_RESOURCE + " is missing from the class path"));
    }
    try (Reader reader = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
      return new OfficeReader().read(reader, "offices.txt").dictionary();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
