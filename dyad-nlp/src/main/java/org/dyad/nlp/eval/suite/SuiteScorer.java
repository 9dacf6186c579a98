package org.dyad.nlp.eval.suite;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.dyad.nlp.eval.suite.SuiteScore.CategoryTally;

/**
 * Scores a {@link SuiteCoder} on the counted records of a {@link ValidationSuite} ({@link
 * SuiteRecord#counts}): evaluated, and of a category the suite's Include lists.
 *
 * <p>Each record's expected and emitted events are compared as multisets of (source, target,
 * code) triples, as the suites' own runners do, so an event expected twice must be emitted twice.
 *
 * <ul>
 *   <li>A record is <em>correct</em> when the two multisets are equal. A {@code noevents} record
 *       expects nothing, so it is correct when nothing is emitted. So is an {@code error} record
 *       (a discard, a dateline, a broken parse): the coder must reject it, and the only sign of
 *       rejection a triple list can give is emitting nothing.
 *   <li>Precision and recall are micro-averaged over events: matched = the size of each record's
 *       multiset intersection, summed; precision = matched ÷ emitted, recall = matched ÷
 *       expected, F1 their harmonic mean. Events emitted on {@code noevents} and {@code error}
 *       records lower precision; those records add nothing to recall.
 *   <li>The root-level scores do the same after {@link CodedTriple#root()}: actor codes cut to
 *       their three-letter root, event codes to their first two characters.
 * </ul>
 *
 * <p>UD-PETRARCH's {@code validation.py} reports "TP" = correct ÷ (correct + uncoded), which is
 * this recall, and "FP" = extra ÷ records, which is not a precision.
 *
 * <p>Takes time linear in the events, plus the coder's own. The coder is called once per counted
 * record, in file order, from the calling thread.
 */
public final class SuiteScorer {

  private final SuiteCoder coder;
  private final UnaryOperator<CodedTriple> rootOf;

  public SuiteScorer(SuiteCoder coder) {
    this(coder, CodedTriple::root);
  }

  /**
   * @param rootOf the root form of a triple; {@link CodedTriple#root()} for CAMEO codes, the
   *     identity for suites whose triples are already at root level (PLOVER categories)
   */
  public SuiteScorer(SuiteCoder coder, UnaryOperator<CodedTriple> rootOf) {
    this.coder = Objects.requireNonNull(coder, "coder");
    this.rootOf = Objects.requireNonNull(rootOf, "rootOf");
  }

  /** Scores the coder on {@code suite}. */
  public SuiteScore score(ValidationSuite suite) {
    int expected = 0;
    int emitted = 0;
    int matched = 0;
    int matchedRoots = 0;
    int correct = 0;
    TreeMap<String, CategoryTally> byCategory = new TreeMap<>();
    List<RecordOutcome> outcomes = new ArrayList<>();
    List<SuiteRecord> counted = suite.counted();
    for (SuiteRecord record : counted) {
      List<CodedTriple> coded = code(suite, record);
      int overlap = TripleCounts.overlap(record.expected(), coded);
      boolean right = overlap == coded.size() && overlap == record.expected().size();
      expected += record.expected().size();
      emitted += coded.size();
      matched += overlap;
      matchedRoots += TripleCounts.overlap(roots(record.expected()), roots(coded));
      correct += right ? 1 : 0;
      CategoryTally tally = byCategory.getOrDefault(record.category(), new CategoryTally(0, 0));
      byCategory.put(record.category(), tally.plus(right));
      outcomes.add(new RecordOutcome(record.id(), record.line(), record.category(), record.expected(), coded, right));
    }
    return new SuiteScore(suite.name(), counted.size(), correct, expected, emitted, matched, matchedRoots, byCategory,
        outcomes);
  }

  private List<CodedTriple> code(ValidationSuite suite, SuiteRecord record) {
    List<CodedTriple> coded;
    try {
      coded = coder.code(record);
    } catch (RuntimeException e) {
      throw new IllegalStateException("coding record " + record.id() + " (line " + record.line() + ") of "
          + suite.name() + " failed: " + e.getMessage(), e);
    }
    if (coded == null || coded.stream().anyMatch(Objects::isNull)) {
      throw new IllegalStateException("the coder returned " + (coded == null ? "null" : "a null event") + " for record "
          + record.id() + " (line " + record.line() + ") of " + suite.name() + "; return an empty list for none");
    }
    return List.copyOf(coded);
  }

  private List<CodedTriple> roots(List<CodedTriple> events) {
    return events.stream().map(rootOf).toList();
  }
}
