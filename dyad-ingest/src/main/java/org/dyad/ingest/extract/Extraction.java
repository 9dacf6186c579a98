package org.dyad.ingest.extract;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a parser got out of one file: its plain text and its metadata (Tika keys such as
 * {@code dc:title}, {@code dcterms:created}, {@code Content-Type}), first value of each key.
 */
public record Extraction(String text, Map<String, String> metadata, List<String> warnings) {

  public Extraction {
    Objects.requireNonNull(text, "text");
    metadata = Map.copyOf(metadata);
    warnings = List.copyOf(warnings);
  }

  public String get(String key) {
    return metadata.get(key);
  }
}
