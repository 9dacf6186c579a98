package org.dyad.core.model;

import java.util.Objects;

/** A document with its extracted text, as handed from extraction to storage. */
public record DocumentText(Document document, String text) {

  public DocumentText {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(text, "text");
  }
}
