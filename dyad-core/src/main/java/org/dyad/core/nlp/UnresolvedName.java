package org.dyad.core.nlp;

import java.util.Objects;

/**
 * A name the recognizer found that no actor resolves to, with how often it occurs: one row of
 * {@code dyad actors --unresolved}. Occurrences are grouped by their lower-cased text with runs of
 * white space made one space, and by type.
 *
 * @param name the most frequent spelling, white space normalised ({@code "Zarqawi Brigade"})
 * @param type {@code PERSON}, {@code ORGANIZATION}, {@code LOCATION} or {@code MISC}
 * @param mentions occurrences not overlapping any resolved mention
 * @param documents distinct documents they are in
 * @param doc the document the example comes from
 * @param example the text of one sentence naming it, the first in document-id order
 */
public record UnresolvedName(String name, String type, long mentions, long documents, String doc, String example) {

  public UnresolvedName {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(doc, "doc");
    Objects.requireNonNull(example, "example");
    if (mentions < 1 || documents < 1 || documents > mentions) {
      throw new IllegalArgumentException(
          "'" + name + "': " + mentions + " mentions in " + documents + " documents is not a count of occurrences");
    }
  }
}
