package org.dyad.sanctions.eval;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dyad.core.sanctions.NameQuery;
import org.dyad.core.sanctions.SanctionsCandidate;
import org.dyad.core.sanctions.SanctionsEntity;
import org.dyad.core.sanctions.SanctionsMatcher;

/**
 * Evaluates a name matcher at one fixed threshold: recall@1 and recall@5 over queries that must
 * find a listed entity (seeded perturbations of the list's names, and the real variant spellings),
 * and the false-positive rate over names not on the list made of its parts. A query counts as
 * found at k when its entity is among the first k candidates scoring at least the threshold; a
 * negative is a false positive when any candidate reaches the threshold.
 */
public final class MatcherEvaluation {

  /** The threshold the evaluation and the CLI's default report use. */
  public static final double THRESHOLD = 0.87;

  static final int SAMPLE = 15;

  /**
   * The figures of one query family.
   *
   * @param family the family
   * @param queries how many queries
   * @param foundAt1 entity first
   * @param foundAt5 entity among the first five
   */
  public record FamilyScore(String family, int queries, int foundAt1, int foundAt5) {
    public double recallAt1() {
      return queries == 0 ? 0 : (double) foundAt1 / queries;
    }

    public double recallAt5() {
      return queries == 0 ? 0 : (double) foundAt5 / queries;
    }
  }

  /**
   * A query that went wrong, for reading.
   *
   * @param query the query
   * @param top the first candidate's entity number and name, or "" when none reached the threshold
   */
  public record Error(EvalQuery query, String top) {}

  /**
   * The whole evaluation.
   *
   * @param threshold the fixed threshold
   * @param families per-family figures, then {@code all} over every positive query
   * @param negatives how many negative names
   * @param falsePositives negatives with a candidate at or over the threshold
   * @param misses a sample of positive queries not found first
   * @param falseAlarms a sample of false positives
   */
  public record Report(double threshold, List<FamilyScore> families, int negatives, int falsePositives,
      List<Error> misses, List<Error> falseAlarms) {
    public double falsePositiveRate() {
      return negatives == 0 ? 0 : (double) falsePositives / negatives;
    }

    public FamilyScore overall() {
      return families.getLast();
    }
  }

  private MatcherEvaluation() {}

  /** Builds the queries for {@code entities} with {@code seed} and evaluates {@code matcher} on them. */
  public static Report run(List<SanctionsEntity> entities, SanctionsMatcher matcher, int perFamily, int negatives,
      long seed) throws IOException {
    return evaluate(matcher, queries(entities, perFamily, negatives, seed), THRESHOLD);
  }

  /** The queries {@link #run} evaluates: perturbed list names, the real variants, then the negatives. */
  public static List<EvalQuery> queries(List<SanctionsEntity> entities, int perFamily, int negatives, long seed)
      throws IOException {
    ListedNames names = new ListedNames(entities);
    List<EvalQuery> queries = new ArrayList<>(QueryGenerator.generate(names, perFamily, seed));
    queries.addAll(VariantSpellings.queries(entities));
    queries.addAll(NegativeNames.generate(names, negatives, seed + 1));
    return queries;
  }

  /** Evaluates {@code matcher} on {@code queries} at {@code threshold}. */
  public static Report evaluate(SanctionsMatcher matcher, List<EvalQuery> queries, double threshold) {
    Map<String, int[]> counts = new LinkedHashMap<>();
    List<Error> misses = new ArrayList<>();
    List<Error> falseAlarms = new ArrayList<>();
    int negatives = 0;
    int falsePositives = 0;
    for (EvalQuery query : queries) {
      List<SanctionsCandidate> candidates = matcher.match(NameQuery.of(query.text()), 5, threshold);
      if (query.negative()) {
        negatives++;
        if (!candidates.isEmpty()) {
          falsePositives++;
          sample(falseAlarms, new Error(query, describe(candidates)));
        }
        continue;
      }
      int rank = rank(candidates, query.entity());
      for (String family : List.of(query.family(), "all")) {
        int[] count = counts.computeIfAbsent(family, k -> new int[3]);
        count[0]++;
        count[1] += rank == 1 ? 1 : 0;
        count[2] += rank >= 1 && rank <= 5 ? 1 : 0;
      }
      if (rank != 1) {
        sample(misses, new Error(query, describe(candidates)));
      }
    }
    int[] all = counts.remove("all");
    List<FamilyScore> families = new ArrayList<>();
    counts.forEach((family, count) -> families.add(new FamilyScore(family, count[0], count[1], count[2])));
    families.add(all == null ? new FamilyScore("all", 0, 0, 0) : new FamilyScore("all", all[0], all[1], all[2]));
    return new Report(threshold, families, negatives, falsePositives, misses, falseAlarms);
  }

  private static int rank(List<SanctionsCandidate> candidates, long entity) {
    for (int i = 0; i < candidates.size(); i++) {
      if (candidates.get(i).entity() == entity) {
        return i + 1;
      }
    }
    return 0;
  }

  private static String describe(List<SanctionsCandidate> candidates) {
    if (candidates.isEmpty()) {
      return "";
    }
    SanctionsCandidate top = candidates.getFirst();
    return top.entity() + " " + top.matchedName() + " (" + top.score() + ")";
  }

  private static void sample(List<Error> errors, Error error) {
    if (errors.size() < SAMPLE) {
      errors.add(error);
    }
  }
}
