package org.dyad.core.sanctions;

import java.time.Instant;
import java.util.Objects;

/**
 * One import of a sanctions list into the workspace.
 *
 * @param version 1 for the first import, then counting up
 * @param source what was read
 * @param importedAt when
 * @param entities how many entities the list holds after the import
 * @param added new entities
 * @param removed entities no longer listed
 * @param changed entities whose record changed
 */
public record ListVersion(int version, String source, Instant importedAt, int entities, int added, int removed, int changed) {

  public ListVersion {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(importedAt, "importedAt");
    if (version < 1 || entities < 0 || added < 0 || removed < 0 || changed < 0) {
      throw new IllegalArgumentException("invalid list version " + version + " counts");
    }
  }
}
