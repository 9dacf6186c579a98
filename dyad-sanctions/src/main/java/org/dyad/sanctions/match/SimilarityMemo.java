package org.dyad.sanctions.match;

/**
 * The part similarities one query has already computed, by query unit and listed term: the same
 * listed parts ({@code muhammad}, {@code ali}) recur across hundreds of candidate names, so each is
 * compared with the query once. Arrays are reused from query to query and invalidated by a
 * generation number instead of being cleared. One per thread; not thread-safe.
 */
final class SimilarityMemo {

  /** Query units beyond this are compared directly: queries that long are rare. */
  static final int MAX_QUERY_UNITS = 24;

  private final int terms;
  private final int[] generations;
  private final float[] values;
  private int generation;
  private PreparedName query;

  SimilarityMemo(int terms) {
    this.terms = terms;
    this.generations = new int[MAX_QUERY_UNITS * terms];
    this.values = new float[MAX_QUERY_UNITS * terms];
  }

  /** Starts a new query; what was remembered for the previous one is forgotten. */
  void reset(PreparedName newQuery) {
    query = newQuery;
    generation++;
    if (generation == Integer.MAX_VALUE) {
      java.util.Arrays.fill(generations, 0);
      generation = 1;
    }
  }

  /** The similarity of query unit {@code q} with unit {@code l} of {@code listed}. */
  double similarity(int q, PreparedName listed, int l) {
    int term = listed.ids == null ? -1 : listed.ids[l];
    boolean phonetic = !(query.joined(q) || listed.joined(l));
    if (q >= MAX_QUERY_UNITS || term < 0 || term >= terms) {
      return NameComparison.similarity(query.text[q], query.keys[q], listed.text[l], listed.keys[l], phonetic);
    }
    // Joined and single units are different terms (PreparedName), so a slot's answer is the same in every name.
    int slot = q * terms + term;
    if (generations[slot] != generation) {
      values[slot] = (float) NameComparison.similarity(query.text[q], query.keys[q], listed.text[l], listed.keys[l], phonetic);
      generations[slot] = generation;
    }
    return values[slot];
  }
}
