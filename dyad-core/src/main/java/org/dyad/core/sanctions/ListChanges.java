package org.dyad.core.sanctions;

import java.util.List;

/**
 * How one import of a list differs from the previous one, by entity number.
 *
 * @param added numbers new in this import
 * @param removed numbers no longer listed
 * @param changed numbers still listed whose record differs
 */
public record ListChanges(List<Long> added, List<Long> removed, List<Long> changed) {

  public ListChanges {
    added = List.copyOf(added);
    removed = List.copyOf(removed);
    changed = List.copyOf(changed);
  }
}
