package org.dyad.core.search;

import java.util.List;

/**
 * Ranked hits for a query. Its JSON form is an interface shared by {@code dyad search --json} and
 * the REST API: {@code {"total","results":[…]}}.
 *
 * @param total number of matching documents, of which {@code results} are the best ranked
 */
public record SearchResults(long total, List<SearchHit> results) {

  public SearchResults {
    results = List.copyOf(results);
  }
}
