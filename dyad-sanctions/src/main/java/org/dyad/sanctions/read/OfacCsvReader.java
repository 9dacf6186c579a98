package org.dyad.sanctions.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dyad.core.sanctions.EntityKind;
import org.dyad.core.sanctions.ListWarning;
import org.dyad.core.sanctions.SanctionsAddress;
import org.dyad.core.sanctions.SanctionsAlias;
import org.dyad.core.sanctions.SanctionsEntity;
import org.dyad.core.sanctions.SanctionsIdentifier;
import org.dyad.core.sanctions.SanctionsLink;
import org.dyad.core.sanctions.SanctionsList;

/**
 * Reads OFAC's legacy CSV set from a folder: {@code sdn.csv} (required), and {@code alt.csv},
 * {@code add.csv}, {@code sdn_comments.csv} where present. Without {@code alt.csv} the aliases come
 * from the {@code a.k.a.} parts of the remarks, and the list says it held no alias file so that an
 * import keeps the aliases already known. A malformed record is a warning naming file and line;
 * the rest of the file is read.
 */
public final class OfacCsvReader {

  static final String SDN = "sdn.csv";
  static final String ALT = "alt.csv";
  static final String ADD = "add.csv";
  static final String COMMENTS = "sdn_comments.csv";

  private static final int SDN_FIELDS = 12;

  private final List<ListWarning> warnings = new ArrayList<>();

  private OfacCsvReader() {}

  /** Whether {@code folder} holds an OFAC legacy CSV set. */
  public static boolean recognises(Path folder) {
    return Files.isRegularFile(folder.resolve(SDN));
  }

  /** Reads the set in {@code folder}. */
  public static SanctionsList read(Path folder) throws IOException {
    if (!recognises(folder)) {
      throw new IOException(folder + " holds no " + SDN + ": an OFAC legacy CSV set needs one");
    }
    return new OfacCsvReader().readSet(folder);
  }

  private SanctionsList readSet(Path folder) throws IOException {
    Map<Long, String> comments = readComments(folder.resolve(COMMENTS));
    Map<Long, Draft> drafts = readSdn(folder.resolve(SDN), comments);
    boolean hasAliases = Files.isRegularFile(folder.resolve(ALT));
    boolean hasAddresses = Files.isRegularFile(folder.resolve(ADD));
    if (hasAliases) {
      drafts.values().forEach(draft -> draft.aliases.clear());
      readAliases(folder.resolve(ALT), drafts);
    }
    if (hasAddresses) {
      readAddresses(folder.resolve(ADD), drafts);
    }
    Map<String, Long> byName = new HashMap<>();
    drafts.values().forEach(draft -> byName.putIfAbsent(draft.name.toUpperCase(Locale.ROOT), draft.number));
    List<SanctionsEntity> entities = drafts.values().stream().map(draft -> draft.build(byName)).toList();
    return new SanctionsList("OFAC legacy CSV " + folder, entities, warnings, hasAliases, hasAddresses);
  }

  private LegacyCsv.Rows rows(Path file) throws IOException {
    LegacyCsv.Rows rows = LegacyCsv.split(LegacyCsv.decode(Files.readAllBytes(file)));
    for (String malformed : rows.malformed()) {
      String[] lineAndReason = malformed.split("\t", 2);
      warnings.add(new ListWarning(file.getFileName().toString(), Long.parseLong(lineAndReason[0]), lineAndReason[1]));
    }
    return rows;
  }

  private Map<Long, String> readComments(Path file) throws IOException {
    Map<Long, String> comments = new HashMap<>();
    if (!Files.isRegularFile(file)) {
      return comments;
    }
    for (LegacyCsv.Row row : rows(file).rows()) {
      Long number = number(file, row, 2);
      if (number != null && row.fields().get(1) != null) {
        comments.merge(number, row.fields().get(1), String::concat);
      }
    }
    return comments;
  }

  private Map<Long, Draft> readSdn(Path file, Map<Long, String> comments) throws IOException {
    Map<Long, Draft> drafts = new LinkedHashMap<>();
    for (LegacyCsv.Row row : rows(file).rows()) {
      Long number = number(file, row, SDN_FIELDS);
      if (number == null) {
        continue;
      }
      List<String> f = row.fields();
      if (f.get(1) == null || f.get(1).isBlank()) {
        warn(file, row, "entity " + number + " has no name");
        continue;
      }
      String remarks = join(f.get(11), comments.get(number));
      Draft draft = new Draft(number, f.get(1), kind(f.get(2)), programs(f.get(3)), f.get(4), remarks);
      draft.addVessel(f.get(5), f.get(9), f.get(10));
      if (drafts.putIfAbsent(number, draft) != null) {
        warn(file, row, "entity " + number + " appears again; the first record is kept");
      }
    }
    return drafts;
  }

  private void readAliases(Path file, Map<Long, Draft> drafts) throws IOException {
    for (LegacyCsv.Row row : rows(file).rows()) {
      Long number = number(file, row, 5);
      if (number == null) {
        continue;
      }
      List<String> f = row.fields();
      Draft draft = drafts.get(number);
      if (draft == null) {
        warn(file, row, "alias of entity " + number + ", which " + SDN + " does not list");
      } else if (f.get(3) != null && !f.get(3).isBlank()) {
        String type = f.get(2) == null ? "aka" : f.get(2).strip().toLowerCase(Locale.ROOT);
        boolean weak = f.get(4) != null && f.get(4).toLowerCase(Locale.ROOT).contains("weak");
        draft.aliases.add(new SanctionsAlias(f.get(3), type, weak));
      }
    }
  }

  private void readAddresses(Path file, Map<Long, Draft> drafts) throws IOException {
    for (LegacyCsv.Row row : rows(file).rows()) {
      Long number = number(file, row, 6);
      if (number == null) {
        continue;
      }
      List<String> f = row.fields();
      Draft draft = drafts.get(number);
      SanctionsAddress address = new SanctionsAddress(f.get(2), f.get(3), f.get(4));
      if (draft == null) {
        warn(file, row, "address of entity " + number + ", which " + SDN + " does not list");
      } else if (!address.isEmpty()) {
        draft.addresses.add(address);
      }
    }
  }

  /** The record's entity number, or null (with a warning) when the record is not of {@code fields} fields. */
  private Long number(Path file, LegacyCsv.Row row, int fields) {
    if (row.fields().size() != fields) {
      warn(file, row, "expected " + fields + " fields, found " + row.fields().size());
      return null;
    }
    String raw = row.fields().get(0);
    try {
      long number = Long.parseLong(raw == null ? "" : raw.strip());
      if (number > 0) {
        return number;
      }
    } catch (NumberFormatException notANumber) {
      // Reported below, as a number that is not positive is.
    }
    warn(file, row, "'" + raw + "' is not an entity number");
    return null;
  }

  private void warn(Path file, LegacyCsv.Row row, String message) {
    warnings.add(new ListWarning(file.getFileName().toString(), row.line(), message));
  }

  private static EntityKind kind(String type) {
    if (type == null) {
      return EntityKind.ORGANISATION;
    }
    return switch (type.strip().toLowerCase(Locale.ROOT)) {
      case "individual" -> EntityKind.PERSON;
      case "vessel" -> EntityKind.VESSEL;
      case "aircraft" -> EntityKind.AIRCRAFT;
      default -> EntityKind.ORGANISATION;
    };
  }

  /** {@code "FTO] [SDGT"} is the programs FTO and SDGT. */
  private static List<String> programs(String field) {
    if (field == null) {
      return List.of();
    }
    List<String> programs = new ArrayList<>();
    for (String program : field.split("\\]\\s*\\[")) {
      String clean = program.replace("[", "").replace("]", "").strip();
      if (!clean.isEmpty()) {
        programs.add(clean);
      }
    }
    return programs;
  }

  private static String join(String remarks, String continued) {
    if (continued == null) {
      return remarks == null ? "" : remarks;
    }
    return (remarks == null ? "" : remarks) + continued;
  }

  /** An entity being assembled from the files of the set. */
  private static final class Draft {
    final long number;
    final String name;
    final EntityKind kind;
    final List<String> programs;
    final String title;
    final String remarks;
    final OfacRemarks parts;
    final List<SanctionsAlias> aliases = new ArrayList<>();
    final List<SanctionsAddress> addresses = new ArrayList<>();
    final List<SanctionsIdentifier> identifiers = new ArrayList<>();
    final List<String> countries = new ArrayList<>();
    String owner;

    Draft(long number, String name, EntityKind kind, List<String> programs, String title, String remarks) {
      this.number = number;
      this.name = name;
      this.kind = kind;
      this.programs = programs;
      this.title = title;
      this.remarks = remarks;
      this.parts = OfacRemarks.parse(remarks);
      this.aliases.addAll(parts.aliases());
      this.identifiers.addAll(parts.identifiers());
      this.countries.addAll(parts.nationalities());
    }

    void addVessel(String callSign, String flag, String vesselOwner) {
      if (callSign != null && !callSign.isBlank()) {
        identifiers.add(new SanctionsIdentifier("Call Sign", callSign, ""));
      }
      if (flag != null && !flag.isBlank()) {
        countries.add(flag.strip());
      }
      owner = vesselOwner;
    }

    SanctionsEntity build(Map<String, Long> byName) {
      List<SanctionsLink> links = new ArrayList<>();
      for (String linked : parts.linkedTo()) {
        links.add(new SanctionsLink("linked to", linked, byName.getOrDefault(linked.toUpperCase(Locale.ROOT), 0L)));
      }
      if (owner != null && !owner.isBlank()) {
        links.add(new SanctionsLink("owned by", owner, byName.getOrDefault(owner.strip().toUpperCase(Locale.ROOT), 0L)));
      }
      return new SanctionsEntity(number, name, kind, programs, title, aliases, addresses, countries,
          parts.birthDates(), parts.birthPlaces(), identifiers, links, remarks);
    }
  }
}
