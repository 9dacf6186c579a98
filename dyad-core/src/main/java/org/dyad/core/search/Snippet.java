package org.dyad.core.search;

import java.util.List;
import org.dyad.core.model.Span;

/**
 * A passage of a document with the matched terms marked as offsets into {@code text} (never as
 * HTML: the text is hostile input and the caller decides how to render it).
 */
public record Snippet(String text, List<Span> highlights) {

  public Snippet {
    highlights = List.copyOf(highlights);
    for (Span span : highlights) {
      if (span.end() > text.length()) {
        throw new IllegalArgumentException("highlight " + span + " is outside the snippet");
      }
    }
  }
}
