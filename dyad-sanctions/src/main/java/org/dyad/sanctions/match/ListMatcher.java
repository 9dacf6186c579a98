package org.dyad.sanctions.match;

import java.io.IOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dyad.core.sanctions.NameQuery;
import org.dyad.core.sanctions.SanctionsCandidate;
import org.dyad.core.sanctions.SanctionsEntity;
import org.dyad.core.sanctions.SanctionsMatcher;
import org.dyad.core.sanctions.SanctionsStore;
import org.dyad.core.sanctions.ScoreFeature;

/**
 * Ranks the entities of a list against a name: the names sharing a blocking key with the query
 * ({@link ListIndex}) are scored part by part ({@link NameComparison}); each entity keeps its best
 * name; qualifiers then move the score ({@link Qualifiers}). Thread-safe. A query costs the
 * scoring of its candidates, typically hundreds of names; {@link #matchAll} scores every name, the
 * baseline the benchmark compares with.
 */
public final class ListMatcher implements SanctionsMatcher {

  private final ListIndex index;
  private final ThreadLocal<SimilarityMemo> memos;
  private final Set<Long> numbers = new HashSet<>();

  public ListMatcher(List<SanctionsEntity> entities) {
    this.index = new ListIndex(entities);
    entities.forEach(entity -> numbers.add(entity.number()));
    this.memos = ThreadLocal.withInitial(() -> new SimilarityMemo(index.terms()));
  }

  /** A matcher over a workspace's imported list, or a user error when nothing was imported. */
  public static ListMatcher over(SanctionsStore store) throws IOException {
    List<SanctionsEntity> entities = store.entities();
    if (entities.isEmpty()) {
      throw new IllegalArgumentException("no sanctions list imported in this workspace: run 'dyad sanctions import PATH' first");
    }
    return new ListMatcher(entities);
  }

  /** Whether the list holds the entity with this number. */
  public boolean lists(long number) {
    return numbers.contains(number);
  }

  /** How many names (primary and aliases) are indexed. */
  public int names() {
    return index.names().size();
  }

  @Override
  public List<SanctionsCandidate> match(NameQuery query, int limit, double minScore) {
    NameParts parts = NameParts.of(query.name());
    return rank(query, parts, index.candidates(parts), limit, minScore);
  }

  /** The same ranking without blocking: every name is scored. */
  public List<SanctionsCandidate> matchAll(NameQuery query, int limit, double minScore) {
    BitSet all = new BitSet(index.names().size());
    all.set(0, index.names().size());
    return rank(query, NameParts.of(query.name()), all, limit, minScore);
  }

  private List<SanctionsCandidate> rank(NameQuery query, NameParts parts, BitSet candidates, int limit, double minScore) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be >= 1, got " + limit);
    }
    if (!(minScore >= 0 && minScore <= 1)) {
      throw new IllegalArgumentException("minimum score must be within [0, 1], got " + minScore);
    }
    if (parts.isEmpty()) {
      return List.of();
    }
    PreparedName prepared = new PreparedName(parts, index.weights()::weight);
    Map<Integer, Best> best = bestPerEntity(prepared, candidates);
    List<Best> ranked = new ArrayList<>(best.size());
    for (Best entry : best.values()) {
      entry.adjusted = Math.clamp(entry.score + Qualifiers.adjustment(query, index.entities().get(entry.entity)), 0, 1);
      if (entry.adjusted >= minScore) {
        ranked.add(entry);
      }
    }
    ranked.sort(Comparator.comparingDouble((Best b) -> b.adjusted).reversed().thenComparingInt(b -> b.entity));
    List<SanctionsCandidate> result = new ArrayList<>(Math.min(limit, ranked.size()));
    for (Best entry : ranked.subList(0, Math.min(limit, ranked.size()))) {
      result.add(candidate(query, prepared, entry));
    }
    return result;
  }

  private Map<Integer, Best> bestPerEntity(PreparedName query, BitSet candidates) {
    Map<Integer, Best> best = new HashMap<>();
    SimilarityMemo memo = memos.get();
    memo.reset(query);
    for (int id = candidates.nextSetBit(0); id >= 0; id = candidates.nextSetBit(id + 1)) {
      ListIndex.IndexedName name = index.names().get(id);
      double score = NameComparison.score(query, name.name(), memo);
      if (score <= 0) {
        continue;
      }
      Best current = best.get(name.entity());
      if (current == null || score > current.score) {
        best.put(name.entity(), new Best(name.entity(), id, score));
      }
    }
    return best;
  }

  private SanctionsCandidate candidate(NameQuery query, PreparedName prepared, Best entry) {
    SanctionsEntity entity = index.entities().get(entry.entity);
    ListIndex.IndexedName name = index.names().get(entry.name);
    NameComparison.Result compared = NameComparison.explain(prepared, name.name());
    List<ScoreFeature> explanation = new ArrayList<>(compared.features());
    explanation.addAll(Qualifiers.explain(query, entity));
    return new SanctionsCandidate(entity.number(), entity.name(), name.name().name.written(),
        Math.round(entry.adjusted * 1000) / 1000.0, explanation);
  }

  /** An entity's best-scoring name so far. */
  private static final class Best {
    final int entity;
    final int name;
    final double score;
    double adjusted;

    Best(int entity, int name, double score) {
      this.entity = entity;
      this.name = name;
      this.score = score;
    }
  }

}
