package org.dyad.sanctions.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.core.sanctions.SanctionsAlias;
import org.dyad.core.sanctions.SanctionsIdentifier;

/**
 * The parts of the packed {@code Remarks} field of OFAC's legacy {@code sdn.csv}: parts separated
 * by {@code "; "}, each starting with a label ({@code DOB}, {@code POB}, {@code nationality},
 * {@code citizen}, {@code Passport}, {@code a.k.a.}, {@code Linked To:}), a repeated value marked
 * {@code alt.}. Parts with no known label stay only in the remarks text. Linear in the field's
 * length.
 *
 * @param birthDates dates of birth as written
 * @param birthPlaces places of birth as written
 * @param nationalities nationalities and citizenships
 * @param identifiers passports and other numbers
 * @param aliases names given as {@code a.k.a. 'NAME'} (also {@code f.k.a.}, {@code n.k.a.})
 * @param linkedTo names after {@code Linked To:}
 */
record OfacRemarks(
    List<String> birthDates,
    List<String> birthPlaces,
    List<String> nationalities,
    List<SanctionsIdentifier> identifiers,
    List<SanctionsAlias> aliases,
    List<String> linkedTo) {

  private static final Pattern ALIAS = Pattern.compile("([afn])\\.k\\.a\\.\\s+'(.+?)'?", Pattern.CASE_INSENSITIVE);
  private static final Pattern IDENTIFIER = Pattern.compile(
      "(Passport|National ID No\\.|Identification Number|Registration ID|Tax ID No\\.|Cedula No\\.|SSN|IMO"
          + "|MMSI|Registration Number|Business Registration Number|Driver's License No\\.|Stateless Person ID Card"
          + "|Residency Number|Personal ID Card|Birth Certificate Number|Refugee ID Card|Aircraft Serial Identification"
          + "|Vessel Registration Identification|Email Address|Website|Phone Number|SWIFT/BIC|Digital Currency Address - \\w+)"
          + "\\s+(.+?)(?:\\s+\\(([^()]+)\\))?");

  OfacRemarks {
    birthDates = List.copyOf(birthDates);
    birthPlaces = List.copyOf(birthPlaces);
    nationalities = List.copyOf(nationalities);
    identifiers = List.copyOf(identifiers);
    aliases = List.copyOf(aliases);
    linkedTo = List.copyOf(linkedTo);
  }

  /** The parts of {@code remarks}; an empty or null field gives empty lists. */
  static OfacRemarks parse(String remarks) {
    List<String> dates = new ArrayList<>();
    List<String> places = new ArrayList<>();
    List<String> nationalities = new ArrayList<>();
    List<SanctionsIdentifier> identifiers = new ArrayList<>();
    List<SanctionsAlias> aliases = new ArrayList<>();
    List<String> links = new ArrayList<>();
    if (remarks != null) {
      for (String raw : remarks.split(";\\s+")) {
        String part = withoutAlt(raw.strip());
        if (part.endsWith(".") && !part.endsWith(".k.a.")) {
          part = part.substring(0, part.length() - 1).strip();
        }
        read(part, dates, places, nationalities, identifiers, aliases, links);
      }
    }
    return new OfacRemarks(dates, places, nationalities, identifiers, aliases, links);
  }

  private static void read(String part, List<String> dates, List<String> places, List<String> nationalities,
      List<SanctionsIdentifier> identifiers, List<SanctionsAlias> aliases, List<String> links) {
    String value;
    if ((value = after(part, "DOB ")) != null) {
      dates.add(value);
    } else if ((value = after(part, "POB ")) != null) {
      places.add(value);
    } else if ((value = after(part, "nationality ")) != null || (value = after(part, "citizen ")) != null) {
      nationalities.add(value);
    } else if ((value = after(part, "Linked To: ")) != null) {
      links.add(value);
    } else {
      Matcher alias = ALIAS.matcher(part);
      if (alias.matches()) {
        String name = alias.group(2).strip();
        if (!name.isEmpty()) {
          String type = alias.group(1).toLowerCase(java.util.Locale.ROOT) + "ka";
          aliases.add(new SanctionsAlias(name, type, false));
        }
        return;
      }
      Matcher identifier = IDENTIFIER.matcher(part);
      if (identifier.matches() && !identifier.group(2).isBlank()) {
        identifiers.add(new SanctionsIdentifier(identifier.group(1), identifier.group(2), identifier.group(3)));
      }
    }
  }

  private static String withoutAlt(String part) {
    return part.startsWith("alt. ") ? part.substring(5).strip() : part;
  }

  private static String after(String part, String label) {
    if (part.length() > label.length() && part.regionMatches(true, 0, label, 0, label.length())) {
      String value = part.substring(label.length()).strip();
      return value.isEmpty() ? null : value;
    }
    return null;
  }
}
