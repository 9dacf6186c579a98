package org.dyad.sanctions.match;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dyad.core.sanctions.SanctionsEntity;

/**
 * Blocking for the name matcher: every primary name and alias of the list, indexed under its parts,
 * their phonetic keys, and the joined form of each two adjacent parts, so that a query is scored
 * only against names sharing one of those keys with it. Keys are read rarest first, and a key is
 * skipped once it would take the candidates past {@value #BUDGET} postings ({@code muhammad} is
 * read only when the query has nothing rarer), which keeps a query's candidates to hundreds, not
 * the whole list. Each distinct unit of the names gets a term number, so that a query compares
 * itself with each listed part once ({@link SimilarityMemo}). Building is linear in the list's size; a
 * lookup is linear in the postings it reads. Immutable once built, so thread-safe.
 */
final class ListIndex {

  static final int BUDGET = 400;

  /**
   * One indexed name.
   *
   * @param entity position of its entity in {@link #entities()}
   * @param name its parts, prepared for comparison
   */
  record IndexedName(int entity, PreparedName name) {}

  private final List<SanctionsEntity> entities;
  private final List<IndexedName> names = new ArrayList<>();
  private final Map<String, int[]> postings;
  private final PartWeights weights = new PartWeights();
  private final Map<String, Integer> vocabulary = new HashMap<>();

  ListIndex(List<SanctionsEntity> entities) {
    this.entities = List.copyOf(entities);
    Map<String, List<Integer>> building = new HashMap<>();
    List<NameParts> parsed = new ArrayList<>();
    List<Integer> owners = new ArrayList<>();
    for (int e = 0; e < this.entities.size(); e++) {
      for (String written : this.entities.get(e).allNames()) {
        NameParts parts = NameParts.of(written);
        if (!parts.isEmpty()) {
          parsed.add(parts);
          owners.add(e);
          weights.count(parts);
        }
      }
    }
    // Weights need every name counted, so names are prepared in a second pass.
    for (int id = 0; id < parsed.size(); id++) {
      names.add(new IndexedName(owners.get(id), new PreparedName(parsed.get(id), weights::weight,
          term -> vocabulary.computeIfAbsent(term, t -> vocabulary.size()))));
      for (String key : keys(parsed.get(id))) {
        building.computeIfAbsent(key, k -> new ArrayList<>()).add(id);
      }
    }
    postings = new HashMap<>(building.size() * 2);
    building.forEach((key, ids) -> postings.put(key, ids.stream().mapToInt(Integer::intValue).toArray()));
  }

  List<SanctionsEntity> entities() {
    return entities;
  }

  List<IndexedName> names() {
    return names;
  }

  /** How many distinct units (parts and joined pairs) the list's names have. */
  int terms() {
    return vocabulary.size();
  }

  PartWeights weights() {
    return weights;
  }

  /** Ids of the names sharing a key with {@code query}, rare keys first; common keys only when no rare one exists. */
  BitSet candidates(NameParts query) {
    // Rarest keys first; once they have found names, a key as common as muhammad adds only noise.
    List<int[]> lists = new ArrayList<>();

    for (String key : keys(query)) {
      int[] ids = postings.get(key);
      if (ids != null) {
        lists.add(ids);
      }
    }
    lists.sort(Comparator.comparingInt(ids -> ids.length));
    BitSet found = new BitSet(names.size());
    int added = 0;
    for (int[] ids : lists) {
      if (added > 0 && added + ids.length > BUDGET) {
        break;
      }
      for (int id : ids) {
        found.set(id);
      }
      added += ids.length;
    }
    return found;
  }

  /** Blocking keys: each part (not initials), its phonetic key, and each two adjacent parts joined. */
  static Set<String> keys(NameParts name) {
    Set<String> keys = new LinkedHashSet<>();
    for (int i = 0; i < name.size(); i++) {
      String part = name.parts().get(i);
      if (part.length() > 1) {
        keys.add("t:" + part);
        keys.add("p:" + name.keys().get(i));
      }
      if (i + 1 < name.size()) {
        String joined = part + name.parts().get(i + 1);
        keys.add("t:" + joined);
        keys.add("p:" + PhoneticKey.of(joined));
      }
    }
    return keys;
  }
}
