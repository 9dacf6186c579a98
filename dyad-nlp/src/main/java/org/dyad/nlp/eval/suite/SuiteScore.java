package org.dyad.nlp.eval.suite;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * How a coder did on a validation suite; see {@link SuiteScorer} for the definitions.
 *
 * @param suite the suite's name
 * @param records the records counted
 * @param correct those whose emitted events equal the expected ones as multisets
 * @param expectedEvents the expected events of the counted records, duplicates included
 * @param emittedEvents the events the coder emitted on them, duplicates included
 * @param matchedEvents the size of the per-record multiset intersection, summed
 * @param matchedRoots the same at root level ({@link CodedTriple#root()})
 * @param byCategory per category, the records counted and the correct ones
 * @param outcomes every counted record, in file order
 */
public record SuiteScore(
    String suite, int records, int correct, int expectedEvents, int emittedEvents, int matchedEvents,
    int matchedRoots, SortedMap<String, CategoryTally> byCategory, List<RecordOutcome> outcomes) {

  /**
   * The records of one category.
   *
   * @param records the records counted
   * @param correct those coded right
   */
  public record CategoryTally(int records, int correct) {

    public CategoryTally {
      if (correct < 0 || records < correct) {
        throw new IllegalArgumentException("invalid tally " + correct + "/" + records);
      }
    }

    /** This tally with one more record, right or not. */
    CategoryTally plus(boolean right) {
      return new CategoryTally(records + 1, correct + (right ? 1 : 0));
    }
  }

  public SuiteScore {
    Objects.requireNonNull(suite, "suite");
    byCategory = Collections.unmodifiableSortedMap(new TreeMap<>(byCategory));
    outcomes = List.copyOf(outcomes);
    if (correct < 0 || records < correct || matchedEvents < 0 || matchedRoots < matchedEvents
        || matchedRoots > Math.min(expectedEvents, emittedEvents)) {
      throw new IllegalArgumentException("inconsistent counts: " + correct + " of " + records + " records, "
          + matchedEvents + " events and " + matchedRoots + " roots matched of " + expectedEvents + " expected and "
          + emittedEvents + " emitted");
    }
    int tallied = byCategory.values().stream().mapToInt(CategoryTally::records).sum();
    int talliedCorrect = byCategory.values().stream().mapToInt(CategoryTally::correct).sum();
    long right = outcomes.stream().filter(RecordOutcome::right).count();
    if (tallied != records || talliedCorrect != correct || outcomes.size() != records || right != correct) {
      throw new IllegalArgumentException("per-category tallies " + talliedCorrect + "/" + tallied + " and outcomes "
          + right + "/" + outcomes.size() + " do not add up to " + correct + "/" + records);
    }
  }

  /** {@code matchedEvents / emittedEvents}, 0 when nothing was emitted. */
  public double precision() {
    return ratio(matchedEvents, emittedEvents);
  }

  /** {@code matchedEvents / expectedEvents}, 0 when nothing was expected. */
  public double recall() {
    return ratio(matchedEvents, expectedEvents);
  }

  /** The harmonic mean of precision and recall, 0 when both are 0. */
  public double f1() {
    return harmonicMean(precision(), recall());
  }

  /** {@code matchedRoots / emittedEvents}, 0 when nothing was emitted. */
  public double rootPrecision() {
    return ratio(matchedRoots, emittedEvents);
  }

  /** {@code matchedRoots / expectedEvents}, 0 when nothing was expected. */
  public double rootRecall() {
    return ratio(matchedRoots, expectedEvents);
  }

  /** The harmonic mean of root precision and root recall, 0 when both are 0. */
  public double rootF1() {
    return harmonicMean(rootPrecision(), rootRecall());
  }

  /**
   * The headline numbers with the keys of Dyad's JSON output, in this order: {@code suite},
   * {@code records}, {@code correct}, {@code precision}, {@code recall}, {@code f1}, {@code
   * root_precision}, {@code root_recall}, {@code root_f1}.
   */
  public Map<String, Object> summary() {
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("suite", suite);
    summary.put("records", records);
    summary.put("correct", correct);
    summary.put("precision", precision());
    summary.put("recall", recall());
    summary.put("f1", f1());
    summary.put("root_precision", rootPrecision());
    summary.put("root_recall", rootRecall());
    summary.put("root_f1", rootF1());
    return Collections.unmodifiableMap(summary);
  }

  private static double ratio(int part, int whole) {
    return whole == 0 ? 0 : (double) part / whole;
  }

  private static double harmonicMean(double p, double r) {
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
