package org.dyad.sanctions;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dyad.core.sanctions.ListChanges;
import org.dyad.core.sanctions.ListVersion;
import org.dyad.core.sanctions.ListWarning;
import org.dyad.core.sanctions.SanctionsEntity;
import org.dyad.core.sanctions.SanctionsList;
import org.dyad.core.sanctions.SanctionsStore;

/**
 * Imports a list that was read into the workspace: entities the files say nothing about the
 * aliases or addresses of (no {@code alt.csv} or {@code add.csv}) keep those already known, then the
 * list is compared with the previous import by entity number (added, removed, changed) and stored
 * as a new version. Linear in the number of entities.
 */
public final class ListImport {

  /**
   * What an import did.
   *
   * @param version the version recorded
   * @param changes the differences from the previous import
   * @param warnings the records the reader skipped or read in part
   */
  public record Result(ListVersion version, ListChanges changes, List<ListWarning> warnings) {
    public Result {
      warnings = List.copyOf(warnings);
    }
  }

  private ListImport() {}

  public static Result run(SanctionsList list, SanctionsStore store) throws IOException {
    Map<Long, SanctionsEntity> previous = store.entities().stream()
        .collect(Collectors.toMap(SanctionsEntity::number, Function.identity()));
    List<SanctionsEntity> merged = list.entities().stream().map(entity -> keepKnown(entity, previous.get(entity.number()), list))
        .toList();
    ListChanges changes = compare(previous, merged);
    ListVersion version = store.replace(list.source(), merged, changes);
    return new Result(version, changes, list.warnings());
  }

  private static SanctionsEntity keepKnown(SanctionsEntity entity, SanctionsEntity known, SanctionsList list) {
    if (known == null) {
      return entity;
    }
    SanctionsEntity merged = entity;
    if (!list.hasAliases()) {
      merged = merged.withAliases(known.aliases());
    }
    if (!list.hasAddresses()) {
      merged = merged.withAddresses(known.addresses());
    }
    return merged;
  }

  static ListChanges compare(Map<Long, SanctionsEntity> previous, List<SanctionsEntity> current) {
    List<Long> added = new ArrayList<>();
    List<Long> changed = new ArrayList<>();
    java.util.Set<Long> still = new java.util.HashSet<>();
    for (SanctionsEntity entity : current) {
      still.add(entity.number());
      SanctionsEntity before = previous.get(entity.number());
      if (before == null) {
        added.add(entity.number());
      } else if (!before.equals(entity)) {
        changed.add(entity.number());
      }
    }
    List<Long> removed = previous.keySet().stream().filter(number -> !still.contains(number)).sorted().toList();
    return new ListChanges(added.stream().sorted().toList(), removed, changed.stream().sorted().toList());
  }
}
