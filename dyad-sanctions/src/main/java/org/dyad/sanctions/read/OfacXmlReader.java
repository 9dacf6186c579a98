package org.dyad.sanctions.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.core.sanctions.EntityKind;
import org.dyad.core.sanctions.ListWarning;
import org.dyad.core.sanctions.SanctionsAddress;
import org.dyad.core.sanctions.SanctionsAlias;
import org.dyad.core.sanctions.SanctionsEntity;
import org.dyad.core.sanctions.SanctionsIdentifier;
import org.dyad.core.sanctions.SanctionsList;

/**
 * Reads OFAC's {@code sdn.xml} (schema {@code sdnList.xsd}): one {@code sdnEntry} per entity with
 * {@code uid}, {@code lastName}/{@code firstName}, {@code sdnType}, {@code programList},
 * {@code akaList}, {@code addressList}, {@code idList}, {@code nationalityList},
 * {@code citizenshipList}, {@code dateOfBirthList} and {@code placeOfBirthList}. An entry without
 * a number or name is a warning; the rest of the file is read.
 */
public final class OfacXmlReader {

  private OfacXmlReader() {}

  public static SanctionsList read(Path file) throws IOException {
    String name = file.getFileName().toString();
    List<SanctionsEntity> entities = new ArrayList<>();
    List<ListWarning> warnings = new ArrayList<>();
    java.util.Set<Long> seen = new java.util.HashSet<>();
    try (InputStream in = Files.newInputStream(file)) {
      XmlRecords.read(in, name, Set.of("sdnEntry"), entry -> {
        SanctionsEntity entity = entity(entry, name, warnings);
        if (entity != null && seen.add(entity.number())) {
          entities.add(entity);
        } else if (entity != null) {
          warnings.add(new ListWarning(name, 0, "entry " + entity.number() + " appears again; the first is kept"));
        }
      });
    }
    return new SanctionsList("OFAC sdn.xml " + file, entities, warnings, true, true);
  }

  private static SanctionsEntity entity(XmlElement entry, String file, List<ListWarning> warnings) {
    long number;
    try {
      number = Long.parseLong(entry.text("uid"));
    } catch (NumberFormatException e) {
      warnings.add(new ListWarning(file, 0, "an sdnEntry has no numeric uid ('" + entry.text("uid") + "'); skipped"));
      return null;
    }
    String name = ListNames.lastFirst(entry.text("lastName"), entry.text("firstName"));
    if (number < 1 || name.isEmpty()) {
      warnings.add(new ListWarning(file, 0, "sdnEntry " + number + " has no name or a number below 1; skipped"));
      return null;
    }
    List<String> programs = entry.descendants("program").stream().map(XmlElement::text).toList();
    List<SanctionsAlias> aliases = entry.descendants("aka").stream()
        .filter(aka -> !ListNames.lastFirst(aka.text("lastName"), aka.text("firstName")).isEmpty())
        .map(aka -> new SanctionsAlias(ListNames.lastFirst(aka.text("lastName"), aka.text("firstName")),
            aka.text("type").replace(".", "").toLowerCase(Locale.ROOT), aka.text("category").equalsIgnoreCase("weak")))
        .toList();
    List<SanctionsAddress> addresses = entry.descendants("address").stream()
        .map(a -> new SanctionsAddress(ListNames.joined(a.text("address1"), a.text("address2"), a.text("address3")),
            ListNames.joined(a.text("city"), a.text("stateOrProvince"), a.text("postalCode")), a.text("country")))
        .filter(a -> !a.isEmpty())
        .toList();
    List<SanctionsIdentifier> identifiers = entry.descendants("id").stream()
        .filter(id -> !id.text("idNumber").isEmpty())
        .map(id -> new SanctionsIdentifier(id.text("idType"), id.text("idNumber"), id.text("idCountry")))
        .toList();
    List<String> countries = new ArrayList<>();
    entry.descendants("nationality").forEach(n -> countries.add(n.text("country")));
    entry.descendants("citizenship").forEach(c -> countries.add(c.text("country")));
    List<String> dates = entry.descendants("dateOfBirthItem").stream().map(d -> d.text("dateOfBirth")).toList();
    List<String> places = entry.descendants("placeOfBirthItem").stream().map(p -> p.text("placeOfBirth")).toList();
    return new SanctionsEntity(number, name, kind(entry.text("sdnType")), programs, entry.text("title"), aliases,
        addresses, countries.stream().filter(c -> !c.isEmpty()).toList(), dates, places, identifiers, List.of(),
        entry.text("remarks"));
  }

  static EntityKind kind(String type) {
    return switch (type.strip().toLowerCase(Locale.ROOT)) {
      case "individual" -> EntityKind.PERSON;
      case "vessel" -> EntityKind.VESSEL;
      case "aircraft" -> EntityKind.AIRCRAFT;
      default -> EntityKind.ORGANISATION;
    };
  }
}
