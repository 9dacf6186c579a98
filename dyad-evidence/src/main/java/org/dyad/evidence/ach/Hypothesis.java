package org.dyad.evidence.ach;

import java.util.Objects;

/**
 * One of the competing explanations a board weighs, such as "Iran tolerates al-Qaeda for leverage".
 *
 * @param id short key, unique on its board ({@code H1})
 */
public record Hypothesis(String id, String statement) {

  public Hypothesis {
    BoardKeys.requireKey("hypothesis id", id);
    Objects.requireNonNull(statement, "statement");
    if (statement.isBlank()) {
      throw new IllegalArgumentException("hypothesis " + id + " has no statement");
    }
  }
}
