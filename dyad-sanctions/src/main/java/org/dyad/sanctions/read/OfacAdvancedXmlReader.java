package org.dyad.sanctions.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dyad.core.sanctions.EntityKind;
import org.dyad.core.sanctions.ListWarning;
import org.dyad.core.sanctions.SanctionsAlias;
import org.dyad.core.sanctions.SanctionsEntity;
import org.dyad.core.sanctions.SanctionsIdentifier;
import org.dyad.core.sanctions.SanctionsLink;
import org.dyad.core.sanctions.SanctionsList;

/**
 * Reads OFAC's advanced XML ({@code Sanctions} root, the schema of {@code sdn_advanced.xml}):
 * reference value sets give the words behind numeric ids; each {@code DistinctParty/Profile} is an
 * entity numbered by its profile id, named by its identities' aliases (name parts ordered last
 * name first, as OFAC writes {@code LAST, First}); {@code Feature}s give dates and places of birth
 * and nationalities; {@code IDRegDocuments} give identifiers; {@code ProfileRelationships} give
 * links between entities; {@code SanctionsEntries} give the programs. One pass over the file, then
 * linear assembly.
 */
public final class OfacAdvancedXmlReader {

  private static final Set<String> RECORDS = Set.of(
      "ReferenceValueSets", "Location", "IDRegDocument", "DistinctParty", "ProfileRelationship", "SanctionsEntry");

  private final String file;
  private final Map<String, Map<String, String>> values = new HashMap<>();
  private final Map<String, String> locations = new HashMap<>();
  private final Map<String, Draft> profiles = new LinkedHashMap<>();
  private final Map<String, Draft> byIdentity = new HashMap<>();
  private final List<XmlElement> documents = new ArrayList<>();
  private final List<XmlElement> relationships = new ArrayList<>();
  private final List<XmlElement> entries = new ArrayList<>();
  private final List<ListWarning> warnings = new ArrayList<>();

  private OfacAdvancedXmlReader(String file) {
    this.file = file;
  }

  public static SanctionsList read(Path path) throws IOException {
    OfacAdvancedXmlReader reader = new OfacAdvancedXmlReader(path.getFileName().toString());
    try (InputStream in = Files.newInputStream(path)) {
      XmlRecords.read(in, reader.file, RECORDS, reader::accept);
    }
    return new SanctionsList("OFAC advanced XML " + path, reader.assemble(), reader.warnings, true, true);
  }

  private void accept(XmlElement record) {
    switch (record.name()) {
      case "ReferenceValueSets" -> record.children().forEach(set -> {
        Map<String, String> words = values.computeIfAbsent(set.name(), k -> new HashMap<>());
        set.children().forEach(value -> words.put(value.attribute("ID"), value.text()));
      });
      case "Location" -> locations.put(record.attribute("ID"), locationText(record));
      case "IDRegDocument" -> documents.add(record);
      case "DistinctParty" -> record.children("Profile").forEach(this::profile);
      case "ProfileRelationship" -> relationships.add(record);
      default -> entries.add(record);
    }
  }

  private String word(String set, String id) {
    return values.getOrDefault(set, Map.of()).getOrDefault(id, "");
  }

  private String locationText(XmlElement location) {
    List<String> parts = new ArrayList<>();
    location.descendants("Value").forEach(v -> parts.add(v.text()));
    location.children("LocationCountry").forEach(c -> parts.add(word("CountryValues", c.attribute("CountryID"))));
    return String.join(", ", parts.stream().filter(p -> !p.isEmpty()).toList());
  }

  private void profile(XmlElement profile) {
    String id = profile.attribute("ID");
    long number;
    try {
      number = Long.parseLong(id);
    } catch (NumberFormatException e) {
      warnings.add(new ListWarning(file, 0, "a Profile has no numeric ID ('" + id + "'); skipped"));
      return;
    }
    Draft draft = new Draft(number, kind(profile.attribute("PartySubTypeID")));
    for (XmlElement identity : profile.children("Identity")) {
      byIdentity.put(identity.attribute("ID"), draft);
      Map<String, String> groupTypes = new HashMap<>();
      identity.descendants("NamePartGroup").forEach(g ->
          groupTypes.put(g.attribute("ID"), word("NamePartTypeValues", g.attribute("NamePartTypeID"))));
      for (XmlElement alias : identity.children("Alias")) {
        name(draft, alias, groupTypes);
      }
    }
    for (XmlElement feature : profile.children("Feature")) {
      feature(draft, feature);
    }
    profiles.putIfAbsent(id, draft);
  }

  private void name(Draft draft, XmlElement alias, Map<String, String> groupTypes) {
    boolean primary = alias.attribute("Primary").equals("true");
    String type = word("AliasTypeValues", alias.attribute("AliasTypeID")).replace(".", "").toLowerCase(Locale.ROOT);
    for (XmlElement documented : alias.children("DocumentedName")) {
      List<String> last = new ArrayList<>();
      List<String> rest = new ArrayList<>();
      for (XmlElement value : documented.descendants("NamePartValue")) {
        String partType = groupTypes.getOrDefault(value.attribute("NamePartGroupID"), "");
        (partType.equalsIgnoreCase("Last Name") ? last : rest).add(value.text());
      }
      String name = ListNames.lastFirst(String.join(" ", last), String.join(" ", rest));
      if (name.isEmpty()) {
        continue;
      }
      if (primary && draft.name == null) {
        draft.name = name;
      } else {
        draft.aliases.add(new SanctionsAlias(name, type.isEmpty() ? "aka" : type, alias.attribute("LowQuality").equals("true")));
      }
    }
  }

  private void feature(Draft draft, XmlElement feature) {
    String type = word("FeatureTypeValues", feature.attribute("FeatureTypeID")).toLowerCase(Locale.ROOT);
    for (XmlElement version : feature.children("FeatureVersion")) {
      String value = featureValue(version);
      if (value.isEmpty()) {
        continue;
      }
      if (type.equals("birthdate")) {
        draft.birthDates.add(value);
      } else if (type.equals("place of birth")) {
        draft.birthPlaces.add(value);
      } else if (type.contains("nationality") || type.contains("citizenship")) {
        draft.nationalities.add(value);
      }
    }
  }

  private String featureValue(XmlElement version) {
    XmlElement from = version.child("DatePeriod") == null ? null : version.child("DatePeriod").child("Start");
    if (from != null && from.child("From") != null) {
      XmlElement date = from.child("From");
      return ListNames.joined(date.text("Year"), date.text("Month"), date.text("Day")).replace(' ', '-');
    }
    List<String> parts = new ArrayList<>();
    version.children("VersionLocation").forEach(l -> parts.add(locations.getOrDefault(l.attribute("LocationID"), "")));
    version.children("VersionDetail").forEach(d -> parts.add(d.text()));
    return String.join(", ", parts.stream().filter(p -> !p.isEmpty()).toList());
  }

  private EntityKind kind(String subTypeId) {
    String subType = word("PartySubTypeValues", subTypeId).toLowerCase(Locale.ROOT);
    if (subType.contains("vessel")) {
      return EntityKind.VESSEL;
    }
    if (subType.contains("aircraft")) {
      return EntityKind.AIRCRAFT;
    }
    return subType.contains("individual") ? EntityKind.PERSON : EntityKind.ORGANISATION;
  }

  private List<SanctionsEntity> assemble() {
    for (XmlElement document : documents) {
      Draft draft = byIdentity.get(document.attribute("IdentityID"));
      if (draft != null && !document.text("IDRegistrationNo").isEmpty()) {
        draft.identifiers.add(new SanctionsIdentifier(word("IDRegDocTypeValues", document.attribute("IDRegDocTypeID")),
            document.text("IDRegistrationNo"), word("CountryValues", document.attribute("IssuedBy-CountryID"))));
      }
    }
    for (XmlElement relationship : relationships) {
      Draft from = profiles.get(relationship.attribute("From-ProfileID"));
      Draft to = profiles.get(relationship.attribute("To-ProfileID"));
      if (from != null && to != null && to.name != null) {
        String relation = word("RelationTypeValues", relationship.attribute("RelationTypeID")).toLowerCase(Locale.ROOT);
        from.links.add(new SanctionsLink(relation.isEmpty() ? "related to" : relation, to.name, to.number));
      }
    }
    for (XmlElement entry : entries) {
      Draft draft = profiles.get(entry.attribute("ProfileID"));
      if (draft != null) {
        entry.descendants("Comment").stream().map(XmlElement::text).filter(c -> !c.isEmpty()).forEach(draft.programs::add);
      }
    }
    List<SanctionsEntity> entities = new ArrayList<>();
    for (Draft draft : profiles.values()) {
      if (draft.name == null) {
        warnings.add(new ListWarning(file, 0, "profile " + draft.number + " has no primary name; skipped"));
      } else {
        entities.add(draft.build());
      }
    }
    return entities;
  }

  /** A profile being assembled. */
  private static final class Draft {
    final long number;
    final EntityKind kind;
    String name;
    final List<String> programs = new ArrayList<>();
    final List<SanctionsAlias> aliases = new ArrayList<>();
    final List<String> nationalities = new ArrayList<>();
    final List<String> birthDates = new ArrayList<>();
    final List<String> birthPlaces = new ArrayList<>();
    final List<SanctionsIdentifier> identifiers = new ArrayList<>();
    final List<SanctionsLink> links = new ArrayList<>();

    Draft(long number, EntityKind kind) {
      this.number = number;
      this.kind = kind;
    }

    SanctionsEntity build() {
      return new SanctionsEntity(number, name, kind, programs.stream().distinct().toList(), "", aliases, List.of(),
          nationalities, birthDates, birthPlaces, identifiers, links, "");
    }
  }
}
