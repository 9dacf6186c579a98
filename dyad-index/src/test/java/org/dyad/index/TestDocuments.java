package org.dyad.index;

import java.time.LocalDate;
import org.dyad.core.model.Document;
import org.dyad.core.model.Document.DateSource;

/** Hand-written documents shared by the index tests. */
final class TestDocuments {

  private TestDocuments() {}

  /** A 64-digit hex id whose value is {@code n}. */
  static String id(int n) {
    return "%064x".formatted(n);
  }

  static Document document(int n, String outlet, String title, LocalDate date) {
    return new Document(
        id(n),
        "inbox/" + n + ".txt",
        n + ".txt",
        outlet,
        title,
        null,
        date,
        date == null ? DateSource.NONE : DateSource.METADATA,
        "en",
        "text/plain",
        100,
        null);
  }
}
