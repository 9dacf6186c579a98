package org.dyad.nlp.eval;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * How well a resolver found the gold actors of a set of records; see {@link
 * ActorResolutionEvaluator} for the definitions.
 *
 * @param records the records evaluated
 * @param goldActors the distinct gold actors ({@link PloverRecord#goldActors()}), located or not
 * @param correct the gold actors found: some overlapping mention has their root
 * @param mentionsOverlappingGold the Dyad mentions that overlap at least one gold actor
 * @param mentionsCorrect those of them that have the root of a gold actor they overlap
 * @param precision {@code mentionsCorrect / mentionsOverlappingGold}, 0 when there are none
 * @param recall {@code correct / goldActors}, 0 when there are none
 * @param f1 the harmonic mean of precision and recall, 0 when both are 0
 * @param errors the count of each error class, every class present: gold actors for the classes
 *     that {@linkplain ErrorClass#countsGoldActors() count them}, mentions for the other
 * @param byGoldCode per gold root, how many gold actors there were and how many were found
 * @param examples some errors of each class, in record order
 */
public record ActorResolutionScore(
    int records, int goldActors, int correct, int mentionsOverlappingGold, int mentionsCorrect,
    double precision, double recall, double f1, Map<ErrorClass, Integer> errors,
    SortedMap<String, CodeTally> byGoldCode, List<ResolutionError> examples) {

  public ActorResolutionScore {
    if (records < 0 || correct < 0 || goldActors < correct || mentionsCorrect < 0
        || mentionsOverlappingGold < mentionsCorrect) {
      throw new IllegalArgumentException("inconsistent counts: " + correct + " of " + goldActors + " gold actors, "
          + mentionsCorrect + " of " + mentionsOverlappingGold + " mentions");
    }
    errors = allClasses(errors);
    byGoldCode = Collections.unmodifiableSortedMap(new TreeMap<>(byGoldCode));
    examples = List.copyOf(examples);
    int goldErrors = errors.entrySet().stream()
        .filter(e -> e.getKey().countsGoldActors()).mapToInt(Map.Entry::getValue).sum();
    if (goldErrors != goldActors - correct) {
      throw new IllegalArgumentException(
          goldErrors + " gold-actor errors for " + (goldActors - correct) + " gold actors not found");
    }
    int tallied = byGoldCode.values().stream().mapToInt(CodeTally::total).sum();
    int talliedFound = byGoldCode.values().stream().mapToInt(CodeTally::found).sum();
    if (tallied != goldActors || talliedFound != correct) {
      throw new IllegalArgumentException("per-code tallies " + talliedFound + "/" + tallied
          + " do not add up to " + correct + "/" + goldActors);
    }
    requireRatio("precision", precision, ratio(mentionsCorrect, mentionsOverlappingGold));
    requireRatio("recall", recall, ratio(correct, goldActors));
    requireRatio("f1", f1, harmonicMean(precision, recall));
  }

  /** The score for these counts, with precision, recall and F1 computed from them. */
  public static ActorResolutionScore of(
      int records, int goldActors, int correct, int mentionsOverlappingGold, int mentionsCorrect,
      Map<ErrorClass, Integer> errors, SortedMap<String, CodeTally> byGoldCode, List<ResolutionError> examples) {
    double precision = ratio(mentionsCorrect, mentionsOverlappingGold);
    double recall = ratio(correct, goldActors);
    return new ActorResolutionScore(records, goldActors, correct, mentionsOverlappingGold, mentionsCorrect,
        precision, recall, harmonicMean(precision, recall), errors, byGoldCode, examples);
  }

  /** The count of {@code errorClass}. */
  public int errorCount(ErrorClass errorClass) {
    return errors.get(errorClass);
  }

  private static Map<ErrorClass, Integer> allClasses(Map<ErrorClass, Integer> given) {
    Objects.requireNonNull(given, "errors");
    Map<ErrorClass, Integer> all = new EnumMap<>(ErrorClass.class);
    for (ErrorClass errorClass : ErrorClass.values()) {
      int count = given.getOrDefault(errorClass, 0);
      if (count < 0) {
        throw new IllegalArgumentException(errorClass + " count is negative: " + count);
      }
      all.put(errorClass, count);
    }
    return Collections.unmodifiableMap(all);
  }

  private static double ratio(int part, int whole) {
    return whole == 0 ? 0 : (double) part / whole;
  }

  private static double harmonicMean(double p, double r) {
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  private static void requireRatio(String name, double given, double expected) {
    if (Math.abs(given - expected) > 1e-9) {
      throw new IllegalArgumentException(name + " is " + given + " but the counts give " + expected);
    }
  }
}
