package org.dyad.core.analysis;

import java.util.Set;

/**
 * Folds an agent of a state into the state: {@code IRNGOV}, {@code IRNMIL} and {@code IRN} are one
 * actor when asking who did what to whom, as the sample corpus's key treats the agent suffix as
 * a matter of wording ("Iranian border guards" or "Iran"). Groups whose code merely starts with a
 * country ({@code AFGREB}, the Taliban; {@code LBNREB}, Hezbollah) stay themselves.
 */
public final class StateAgents {

  /** The CAMEO agent suffixes that name a part of the state itself. */
  private static final Set<String> STATE_PARTS = Set.of("GOV", "MIL", "LEG", "JUD", "SPY", "COP");

  private StateAgents() {}

  /** The state for a state agent's code, else the code itself. */
  public static String fold(String code) {
    if (code.length() == 6 && STATE_PARTS.contains(code.substring(3))) {
      return code.substring(0, 3);
    }
    return code;
  }

  /** The same rule as a SQL expression over the column {@code column}. */
  public static String sql(String column) {
    return "CASE WHEN length(" + column + ") = 6 AND substr(" + column + ", 4) IN ('GOV','MIL','LEG','JUD','SPY','COP')"
        + " THEN substr(" + column + ", 1, 3) ELSE " + column + " END";
  }
}
