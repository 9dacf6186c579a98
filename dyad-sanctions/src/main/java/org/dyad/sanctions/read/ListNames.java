package org.dyad.sanctions.read;

/** Assembling a listed name from the parts the XML formats give separately. */
final class ListNames {

  private ListNames() {}

  /**
   * The name in OFAC's written order, {@code LAST, First}, or the one part that is present; the
   * legacy CSV writes names this way, so every format yields the same name for the same entity.
   */
  static String lastFirst(String last, String first) {
    String l = last == null ? "" : last.strip();
    String f = first == null ? "" : first.strip();
    if (l.isEmpty()) {
      return f;
    }
    return f.isEmpty() ? l : l + ", " + f;
  }

  /** The non-empty parts joined by single spaces. */
  static String joined(String... parts) {
    StringBuilder name = new StringBuilder();
    for (String part : parts) {
      if (part != null && !part.isBlank()) {
        name.append(name.isEmpty() ? "" : " ").append(part.strip());
      }
    }
    return name.toString();
  }
}
