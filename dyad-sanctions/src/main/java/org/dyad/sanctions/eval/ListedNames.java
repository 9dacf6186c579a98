package org.dyad.sanctions.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.dyad.core.sanctions.EntityKind;
import org.dyad.core.sanctions.SanctionsEntity;
import org.dyad.sanctions.match.NameParts;

/**
 * The names of a list as the evaluation sees them: which people and organisations may serve as
 * query sources (a name whose parts, as a set, belong to one entity only, so the right answer is
 * unambiguous), and whether a made-up name is on the list: every part of it, compared by phonetic
 * key so that {@code Ahmed} counts as the listed {@code Ahmad}, within one listed name.
 */
final class ListedNames {

  /**
   * A listed name usable as a query source.
   *
   * @param entity its entity number
   * @param name as written
   * @param kind the entity's kind
   */
  record Source(long entity, String name, EntityKind kind) {}

  private final List<Source> sources = new ArrayList<>();
  private final Map<String, List<Set<String>>> namesByPart = new HashMap<>();

  ListedNames(List<SanctionsEntity> entities) {
    Map<String, Set<Long>> owners = new HashMap<>();
    for (SanctionsEntity entity : entities) {
      for (String name : entity.allNames()) {
        Set<String> parts = new TreeSet<>(NameParts.of(name).parts());
        owners.computeIfAbsent(String.join(" ", parts), k -> new HashSet<>()).add(entity.number());
        Set<String> keys = new TreeSet<>(NameParts.of(name).keys());
        for (String key : keys) {
          namesByPart.computeIfAbsent(key, k -> new ArrayList<>()).add(keys);
        }
      }
    }
    for (SanctionsEntity entity : entities) {
      if (entity.kind() != EntityKind.PERSON && entity.kind() != EntityKind.ORGANISATION) {
        continue;
      }
      for (String name : entity.allNames()) {
        Set<String> parts = new TreeSet<>(NameParts.of(name).parts());
        if (!parts.isEmpty() && owners.get(String.join(" ", parts)).size() == 1) {
          sources.add(new Source(entity.number(), name, entity.kind()));
        }
      }
    }
  }

  List<Source> sources() {
    return sources;
  }

  /** True when some listed name holds every part of {@code name}, compared by phonetic key. */
  boolean covers(String name) {
    Set<String> parts = new TreeSet<>(NameParts.of(name).keys());
    if (parts.isEmpty()) {
      return true;
    }
    List<Set<String>> holding = namesByPart.getOrDefault(parts.iterator().next(), List.of());
    return holding.stream().anyMatch(listed -> listed.containsAll(parts));
  }
}
