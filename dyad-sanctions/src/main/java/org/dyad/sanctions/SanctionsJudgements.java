package org.dyad.sanctions;

import java.io.IOException;
import java.util.Set;
import java.util.function.LongPredicate;
import java.util.stream.Collectors;
import org.dyad.core.sanctions.JudgedName;
import org.dyad.core.sanctions.SanctionsEntity;
import org.dyad.core.sanctions.SanctionsStore;

/** Records the analyst's verdicts, for the CLI's {@code judge} and the server's judgement route alike. */
public final class SanctionsJudgements {

  private SanctionsJudgements() {}

  /** Records {@code judged}, or refuses with one line when its entity is not on the imported list. */
  public static void record(SanctionsStore store, JudgedName judged) throws IOException {
    Set<Long> numbers = store.entities().stream().map(SanctionsEntity::number).collect(Collectors.toSet());
    record(store, judged, numbers::contains);
  }

  /**
   * Records {@code judged}, or refuses with one line when {@code listed} says its entity is not on
   * the imported list (a caller holding a matcher over the list asks it rather than reading the list).
   */
  public static void record(SanctionsStore store, JudgedName judged, LongPredicate listed) throws IOException {
    if (!listed.test(judged.entity())) {
      throw new IllegalArgumentException("entity " + judged.entity()
          + " is not on the imported list (matching a name, 'dyad sanctions match NAME', finds the numbers)");
    }
    store.judge(judged);
  }
}
