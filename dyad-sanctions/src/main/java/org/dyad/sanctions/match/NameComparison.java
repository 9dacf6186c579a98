package org.dyad.sanctions.match;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dyad.core.sanctions.ScoreFeature;

/**
 * Scores a query name against a listed name part by part, ignoring word order ({@code KHALIL,
 * Ezedin} = {@code Ezedin Khalil}).
 *
 * <p>Two parts are similar when equal (1), when one is the other's initial ({@value #INITIAL}),
 * when their phonetic keys agree and Jaro–Winkler reaches {@value #MIN_PHONETIC_JARO_WINKLER}
 * (at least {@value #PHONETIC}), or by Jaro–Winkler when that reaches {@value #MIN_JARO_WINKLER};
 * below, they do not count. A part may also pair with two adjacent parts of the other name written
 * together ({@code nasrallah} / {@code nasr allah}) when the joined form's Jaro–Winkler reaches
 * {@value #MIN_JOINED}. Parts are paired greedily, most similar first, each used once. A fuzzy pair counts
 * its similarity squared, so that a name all of whose parts are near misses ({@code Ayman Mahmud}
 * against {@code Aman Mohammed}) falls below a name with one typing error. The score is {@value
 * #QUERY_SHARE} × the query's weighted share of paired parts + (1 − {@value #QUERY_SHARE}) × the
 * listed name's, each part weighted by {@link PartWeights}; so a missing query part costs more than
 * a listed part the query leaves out (lists add middle names that documents omit). A one-part query
 * scores at most {@value #SINGLE_PART_CAP} against a longer listed name. O(n²·m²) for names of n
 * and m parts, which are short. The weighting follows the coverage scores of record linkage
 * (P. Christen, "Data Matching", Springer 2012, ch. 5) rather than any one paper.
 */
final class NameComparison {

  static final double QUERY_SHARE = 0.7;
  static final double INITIAL = 0.85;
  static final double PHONETIC = 0.92;
  static final double MIN_JARO_WINKLER = 0.84;
  /** Keys drop every vowel, so short unrelated words can share one; the spellings must look alike too. */
  static final double MIN_PHONETIC_JARO_WINKLER = 0.75;
  static final double MIN_JOINED = 0.9;
  /**
   * The most a one-part query ({@code Khan}, {@code Zawahiri}) scores against a listed name of more
   * parts: a surname alone is a lead, below the match threshold, not a match.
   */
  static final double SINGLE_PART_CAP = 0.85;
  private static final int MAX_UNITS = 64;
  private static final int MAX_PAIRS = 256;

  /**
   * The outcome.
   *
   * @param score in [0, 1]
   * @param features each paired part's contribution, then the query parts left unpaired (contribution 0)
   */
  record Result(double score, List<ScoreFeature> features) {}

  private NameComparison() {}

  /** The score, with part similarities taken from (and added to) the query's memo. */
  static double score(PreparedName query, PreparedName listed, SimilarityMemo memo) {
    return compare(query, listed, memo, null);
  }

  static Result explain(PreparedName query, PreparedName listed) {
    List<ScoreFeature> features = new ArrayList<>();
    double score = compare(query, listed, null, features);
    return new Result(score, features);
  }

  private static double compare(PreparedName query, PreparedName listed, SimilarityMemo memo, List<ScoreFeature> features) {
    if (query.parts() == 0 || listed.parts() == 0) {
      return 0;
    }
    int qUnits = Math.min(query.units(), MAX_UNITS);
    int lUnits = Math.min(listed.units(), MAX_UNITS);
    // Most unit pairs are dissimilar: only the similar ones are kept, then sorted, most similar first.
    int[] pairs = new int[Math.min(qUnits * lUnits, MAX_PAIRS)];
    double[] similarities = new double[pairs.length];
    int found = 0;
    for (int q = 0; q < qUnits && found < pairs.length; q++) {
      for (int l = 0; l < lUnits && found < pairs.length; l++) {
        boolean joinedQ = query.joined(q);
        boolean joinedL = listed.joined(l);
        if (joinedQ && joinedL) {
          continue;
        }
        double s = memo == null ? similarity(query.text[q], query.keys[q], listed.text[l], listed.keys[l], !(joinedQ || joinedL))
            : memo.similarity(q, listed, l);
        if (s > 0 && (!(joinedQ || joinedL) || s >= MIN_JOINED)) {
          insert(pairs, similarities, found++, q * lUnits + l, s);
        }
      }
    }
    long usedQuery = 0;
    long usedListed = 0;
    double score = 0;
    for (int i = 0; i < found; i++) {
      int q = pairs[i] / lUnits;
      int l = pairs[i] % lUnits;
      double s = similarities[i];
      long qMask = mask(query, q);
      long lMask = mask(listed, l);
      if ((usedQuery & qMask) != 0 || (usedListed & lMask) != 0) {
        continue;
      }
      usedQuery |= qMask;
      usedListed |= lMask;
      double counted = s >= 1 ? 1 : s * s;
      double contribution = counted * (QUERY_SHARE * query.weight(q) / query.totalWeight
          + (1 - QUERY_SHARE) * listed.weight(l) / listed.totalWeight);
      score += contribution;
      if (features != null) {
        features.add(new ScoreFeature("part", String.format(Locale.ROOT, "%s ~ %s: %.2f %s", query.text[q],
            listed.text[l], s, method(query, q, listed, l, s)), contribution));
      }
    }
    if (query.parts() == 1 && listed.parts() > 1 && score > SINGLE_PART_CAP) {
      if (features != null) {
        features.add(new ScoreFeature("one part", "a one-part name is never sure to be a longer listed name",
            SINGLE_PART_CAP - score));
      }
      score = SINGLE_PART_CAP;
    }
    if (features != null) {
      for (int i = 0; i < query.parts(); i++) {
        if ((usedQuery & (1L << Math.min(i, 63))) == 0) {
          features.add(new ScoreFeature("unpaired", "query part " + query.text[i] + " has no counterpart", 0));
        }
      }
    }
    return Math.min(1, score);
  }

  /** Inserts a pair into the first {@code count} pairs, kept in decreasing similarity (ties: earlier pair first). */
  private static void insert(int[] pairs, double[] similarities, int count, int pair, double similarity) {
    int at = count;
    while (at > 0 && similarities[at - 1] < similarity) {
      pairs[at] = pairs[at - 1];
      similarities[at] = similarities[at - 1];
      at--;
    }
    pairs[at] = pair;
    similarities[at] = similarity;
  }

  private static long mask(PreparedName name, int unit) {
    long mask = 0;
    for (int i = name.from[unit]; i < name.to[unit]; i++) {
      mask |= 1L << Math.min(i, 63);
    }
    return mask;
  }

  /**
   * The similarity of two units; {@code phonetic} false for a joined unit, whose key is too loose
   * (two words' consonants) to vouch for a pair.
   */
  static double similarity(String a, String keyA, String b, String keyB, boolean phonetic) {
    if (a.equals(b)) {
      return 1;
    }
    if (a.length() == 1 || b.length() == 1) {
      return a.charAt(0) == b.charAt(0) ? INITIAL : 0;
    }
    if (Math.abs(a.length() - b.length()) > Math.max(a.length(), b.length()) / 2) {
      return 0;
    }
    double jw = JaroWinkler.similarity(a, b);
    if (phonetic && jw < PHONETIC && jw >= MIN_PHONETIC_JARO_WINKLER && keyA.length() > 1 && keyA.equals(keyB)) {
      return PHONETIC;
    }
    return jw >= MIN_JARO_WINKLER ? jw : 0;
  }

  private static String method(PreparedName query, int q, PreparedName listed, int l, double s) {
    String how = s >= 1 ? "exact" : query.text[q].length() == 1 || listed.text[l].length() == 1 ? "initial"
        : s == PHONETIC && query.keys[q].equals(listed.keys[l]) ? "phonetic" : "jaro-winkler";
    return query.joined(q) || listed.joined(l) ? how + ", joined" : how;
  }
}
