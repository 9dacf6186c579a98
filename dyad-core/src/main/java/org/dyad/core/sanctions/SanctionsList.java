package org.dyad.core.sanctions;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What a list reader read: the entities, the records it had to skip, and which parts the files
 * held, so that an import without an alias file keeps the aliases already known rather than
 * deleting them.
 *
 * @param source a short description of what was read ({@code "OFAC legacy CSV /data/sdn.csv"})
 * @param entities the designations, each number once
 * @param warnings records skipped or read in part
 * @param hasAliases whether aliases were part of the input (OFAC {@code alt.csv}, or always for XML)
 * @param hasAddresses whether addresses were part of the input (OFAC {@code add.csv})
 */
public record SanctionsList(
    String source, List<SanctionsEntity> entities, List<ListWarning> warnings, boolean hasAliases, boolean hasAddresses) {

  public SanctionsList {
    Objects.requireNonNull(source, "source");
    entities = List.copyOf(entities);
    warnings = List.copyOf(warnings);
    Set<Long> seen = new HashSet<>();
    for (SanctionsEntity entity : entities) {
      if (!seen.add(entity.number())) {
        throw new IllegalArgumentException(source + ": entity number " + entity.number() + " appears twice");
      }
    }
  }
}
