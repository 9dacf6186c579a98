package org.dyad.core.sanctions;

import java.util.List;

/** Finds the listed entities a name may refer to. Implementations are thread-safe. */
public interface SanctionsMatcher {

  /**
   * Candidates scoring at least {@code minScore}, best first, at most {@code limit}.
   *
   * @throws IllegalArgumentException if {@code limit < 1} or {@code minScore} is outside [0, 1]
   */
  List<SanctionsCandidate> match(NameQuery query, int limit, double minScore);
}
