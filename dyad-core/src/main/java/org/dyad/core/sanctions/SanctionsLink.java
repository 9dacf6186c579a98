package org.dyad.core.sanctions;

import java.util.Objects;

/**
 * A relationship the list records between two of its entities ("Linked To: HIZBALLAH").
 *
 * @param relation the kind of link ({@code "linked to"}, or a relationship type of the advanced XML)
 * @param name the other entity's name as written
 * @param entity the other entity's number when the list resolves it, else 0
 */
public record SanctionsLink(String relation, String name, long entity) {

  public SanctionsLink {
    Objects.requireNonNull(relation, "relation");
    Objects.requireNonNull(name, "name");
    if (entity < 0) {
      throw new IllegalArgumentException("entity number must be >= 0, got " + entity);
    }
  }
}
