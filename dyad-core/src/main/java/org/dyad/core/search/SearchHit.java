package org.dyad.core.search;

import java.time.LocalDate;
import java.util.List;

/**
 * One matching document.
 *
 * @param doc document id (sha256)
 * @param file file name
 * @param path where the file was found
 * @param date document date, or null
 * @param snippets passages around the matches, best first
 */
public record SearchHit(
    String doc,
    String file,
    String path,
    String title,
    LocalDate date,
    String outlet,
    float score,
    List<Snippet> snippets) {

  public SearchHit {
    snippets = List.copyOf(snippets);
  }
}
