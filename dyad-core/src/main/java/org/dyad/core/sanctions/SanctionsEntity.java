package org.dyad.core.sanctions;

import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One designation of a sanctions list: a person, organisation, vessel or aircraft with everything
 * the list says about it. Two imports of the same list are compared record by record, so equality
 * is over every field.
 *
 * @param number the list's own entity number (OFAC {@code ent_num}, UN {@code DATAID})
 * @param name the primary name as written ({@code "KHALIL, Ezedin Abdel Aziz"})
 * @param kind what it names
 * @param programs sanctions programs ({@code SDGT}, {@code IRGC})
 * @param title title or function, empty when none
 * @param aliases other names
 * @param addresses known addresses
 * @param nationalities nationalities and citizenships, as country names
 * @param birthDates dates of birth as written ({@code "1982"}, {@code "31 Aug 1960"}, {@code "circa 1970"})
 * @param birthPlaces places of birth as written
 * @param identifiers passports and other numbers
 * @param links relationships to other entities
 * @param remarks whatever else the list says, as written
 */
public record SanctionsEntity(
    long number,
    String name,
    EntityKind kind,
    List<String> programs,
    String title,
    List<SanctionsAlias> aliases,
    List<SanctionsAddress> addresses,
    List<String> nationalities,
    List<String> birthDates,
    List<String> birthPlaces,
    List<SanctionsIdentifier> identifiers,
    List<SanctionsLink> links,
    String remarks) {

  private static final Pattern YEAR = Pattern.compile("\\b(1[89]\\d\\d|20\\d\\d)\\b");

  public SanctionsEntity {
    if (number < 1) {
      throw new IllegalArgumentException("entity number must be >= 1, got " + number);
    }
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("entity " + number + " has no name");
    }
    Objects.requireNonNull(kind, "kind");
    name = name.strip();
    programs = List.copyOf(programs);
    title = title == null ? "" : title.strip();
    aliases = List.copyOf(aliases);
    addresses = List.copyOf(addresses);
    nationalities = List.copyOf(nationalities);
    birthDates = List.copyOf(birthDates);
    birthPlaces = List.copyOf(birthPlaces);
    identifiers = List.copyOf(identifiers);
    links = List.copyOf(links);
    remarks = remarks == null ? "" : remarks.strip();
  }

  /** The same entity with other aliases (an import without an alias file keeps the known ones). */
  public SanctionsEntity withAliases(List<SanctionsAlias> otherAliases) {
    return new SanctionsEntity(number, name, kind, programs, title, otherAliases, addresses, nationalities,
        birthDates, birthPlaces, identifiers, links, remarks);
  }

  /** The same entity with other addresses. */
  public SanctionsEntity withAddresses(List<SanctionsAddress> otherAddresses) {
    return new SanctionsEntity(number, name, kind, programs, title, aliases, otherAddresses, nationalities,
        birthDates, birthPlaces, identifiers, links, remarks);
  }

  /** The primary name followed by every alias. */
  public List<String> allNames() {
    return Stream.concat(Stream.of(name), aliases.stream().map(SanctionsAlias::name)).distinct().toList();
  }

  /** Every four-digit year that appears in a date of birth ({@code "circa 1955-1958"} gives both). */
  public List<Integer> birthYears() {
    return birthDates.stream().flatMap(date -> {
      Matcher years = YEAR.matcher(date);
      Stream.Builder<Integer> found = Stream.builder();
      while (years.find()) {
        found.add(Integer.parseInt(years.group(1)));
      }
      return found.build();
    }).distinct().toList();
  }

  /** Country names the entity is tied to: nationalities, address countries and birth places. */
  public List<String> countries() {
    return Stream.of(nationalities.stream(), addresses.stream().map(SanctionsAddress::country), birthPlaces.stream())
        .flatMap(s -> s).filter(c -> !c.isBlank()).distinct().toList();
  }
}
