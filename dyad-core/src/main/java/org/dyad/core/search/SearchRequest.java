package org.dyad.core.search;

import java.time.LocalDate;

/**
 * A full-text query with its filters.
 *
 * @param query Lucene query syntax (boolean, phrase, wildcard, fuzzy)
 * @param from earliest document date, inclusive, or null
 * @param to latest document date, inclusive, or null
 * @param outlet only documents of this outlet, or null
 * @param limit how many hits to return, 1 to {@value #MAX_LIMIT}
 */
public record SearchRequest(String query, LocalDate from, LocalDate to, String outlet, int limit) {

  public static final int MAX_LIMIT = 1000;

  public SearchRequest {
    if (query == null || query.isBlank()) {
      throw new IllegalArgumentException("the search query is empty");
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ": " + limit);
    }
    if (from != null && to != null && from.isAfter(to)) {
      throw new IllegalArgumentException("--from " + from + " is after --to " + to);
    }
  }

  public static SearchRequest of(String query) {
    return new SearchRequest(query, null, null, null, 10);
  }
}
