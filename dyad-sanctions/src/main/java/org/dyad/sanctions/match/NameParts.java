package org.dyad.sanctions.match;

import java.util.List;
import java.util.Objects;

/**
 * A name ready for comparison: its normalised parts ({@link NameNormaliser}) and each part's
 * phonetic key ({@link PhoneticKey}).
 *
 * @param written the name as written
 * @param parts normalised parts in written order
 * @param keys the phonetic key of each part
 */
public record NameParts(String written, List<String> parts, List<String> keys) {

  public NameParts {
    Objects.requireNonNull(written, "written");
    parts = List.copyOf(parts);
    keys = List.copyOf(keys);
    if (parts.size() != keys.size()) {
      throw new IllegalArgumentException("one phonetic key per part is needed for '" + written + "'");
    }
  }

  public static NameParts of(String written) {
    List<String> parts = NameNormaliser.parts(written);
    return new NameParts(written, parts, parts.stream().map(PhoneticKey::of).toList());
  }

  public int size() {
    return parts.size();
  }

  public boolean isEmpty() {
    return parts.isEmpty();
  }
}
