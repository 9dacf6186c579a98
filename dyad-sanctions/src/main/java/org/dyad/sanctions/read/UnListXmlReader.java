package org.dyad.sanctions.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dyad.core.sanctions.EntityKind;
import org.dyad.core.sanctions.ListWarning;
import org.dyad.core.sanctions.SanctionsAddress;
import org.dyad.core.sanctions.SanctionsAlias;
import org.dyad.core.sanctions.SanctionsEntity;
import org.dyad.core.sanctions.SanctionsIdentifier;
import org.dyad.core.sanctions.SanctionsList;

/**
 * Reads the UN Security Council Consolidated List XML ({@code CONSOLIDATED_LIST} with
 * {@code INDIVIDUALS/INDIVIDUAL} and {@code ENTITIES/ENTITY}): the number is {@code DATAID}, the
 * name {@code FIRST_NAME} to {@code FOURTH_NAME} in order, the program {@code UN_LIST_TYPE}, and
 * aliases, addresses, dates and places of birth, nationalities and documents from their
 * {@code INDIVIDUAL_*} / {@code ENTITY_*} elements. The name in original script, when given, is
 * kept as an alias so that a query in Arabic script finds it.
 */
public final class UnListXmlReader {

  private UnListXmlReader() {}

  public static SanctionsList read(Path file) throws IOException {
    String name = file.getFileName().toString();
    List<SanctionsEntity> entities = new ArrayList<>();
    List<ListWarning> warnings = new ArrayList<>();
    Set<Long> seen = new HashSet<>();
    try (InputStream in = Files.newInputStream(file)) {
      XmlRecords.read(in, name, Set.of("INDIVIDUAL", "ENTITY"), record -> {
        SanctionsEntity entity = entity(record, name, warnings);
        if (entity != null && !seen.add(entity.number())) {
          warnings.add(new ListWarning(name, 0, "DATAID " + entity.number() + " appears again; the first is kept"));
        } else if (entity != null) {
          entities.add(entity);
        }
      });
    }
    return new SanctionsList("UN consolidated list " + file, entities, warnings, true, true);
  }

  private static SanctionsEntity entity(XmlElement record, String file, List<ListWarning> warnings) {
    boolean person = record.name().equals("INDIVIDUAL");
    String prefix = person ? "INDIVIDUAL_" : "ENTITY_";
    long number;
    try {
      number = Long.parseLong(record.text("DATAID"));
    } catch (NumberFormatException e) {
      warnings.add(new ListWarning(file, 0, "a " + record.name() + " has no numeric DATAID; skipped"));
      return null;
    }
    String name = ListNames.joined(record.text("FIRST_NAME"), record.text("SECOND_NAME"), record.text("THIRD_NAME"),
        record.text("FOURTH_NAME"));
    if (number < 1 || name.isEmpty()) {
      warnings.add(new ListWarning(file, 0, record.name() + " " + number + " has no name or a number below 1; skipped"));
      return null;
    }
    List<SanctionsAlias> aliases = new ArrayList<>();
    for (XmlElement alias : record.children(prefix + "ALIAS")) {
      if (!alias.text("ALIAS_NAME").isEmpty()) {
        aliases.add(new SanctionsAlias(alias.text("ALIAS_NAME"), "aka", alias.text("QUALITY").equalsIgnoreCase("Low")));
      }
    }
    if (!record.text("NAME_ORIGINAL_SCRIPT").isEmpty()) {
      aliases.add(new SanctionsAlias(record.text("NAME_ORIGINAL_SCRIPT"), "original script", false));
    }
    List<SanctionsAddress> addresses = record.children(prefix + "ADDRESS").stream()
        .map(a -> new SanctionsAddress(a.text("STREET"), ListNames.joined(a.text("CITY"), a.text("STATE_PROVINCE"),
            a.text("ZIP_CODE")), a.text("COUNTRY")))
        .filter(a -> !a.isEmpty())
        .toList();
    List<String> dates = new ArrayList<>();
    for (XmlElement date : record.children("INDIVIDUAL_DATE_OF_BIRTH")) {
      String when = ListNames.joined(date.text("DATE"), date.text("YEAR"), date.text("FROM_YEAR"), date.text("TO_YEAR"));
      if (!when.isEmpty()) {
        dates.add(when);
      }
    }
    List<String> places = record.children("INDIVIDUAL_PLACE_OF_BIRTH").stream()
        .map(p -> ListNames.joined(p.text("CITY"), p.text("STATE_PROVINCE"), p.text("COUNTRY")))
        .filter(p -> !p.isEmpty())
        .toList();
    List<String> nationalities = record.children("NATIONALITY").stream()
        .flatMap(n -> n.children("VALUE").stream()).map(XmlElement::text).filter(v -> !v.isEmpty()).toList();
    List<SanctionsIdentifier> documents = record.children("INDIVIDUAL_DOCUMENT").stream()
        .filter(d -> !d.text("NUMBER").isEmpty())
        .map(d -> new SanctionsIdentifier(d.text("TYPE_OF_DOCUMENT"), d.text("NUMBER"), d.text("ISSUING_COUNTRY")))
        .toList();
    String title = record.children("TITLE").stream().flatMap(t -> t.children("VALUE").stream())
        .map(XmlElement::text).reduce((a, b) -> a + "; " + b).orElse("");
    List<String> programs = record.text("UN_LIST_TYPE").isEmpty() ? List.of() : List.of(record.text("UN_LIST_TYPE"));
    return new SanctionsEntity(number, name, person ? EntityKind.PERSON : EntityKind.ORGANISATION, programs, title,
        aliases, addresses, nationalities, dates, places, documents, List.of(),
        ListNames.joined(record.text("REFERENCE_NUMBER"), record.text("COMMENTS1")));
  }
}
