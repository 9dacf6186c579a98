package org.dyad.core.store;

import java.io.Closeable;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.dyad.core.model.Document;
import org.dyad.core.search.FacetCount;
import org.dyad.core.search.SearchRequest;
import org.dyad.core.search.SearchResults;

/**
 * The full-text index of a workspace. Adding a document that is already indexed replaces it, so
 * re-indexing after a crash never duplicates an entry. Changes become durable and visible to
 * searches at {@link #commit()}.
 */
public interface TextIndex extends Closeable {

  /** Adds or replaces the document with this id. Thread-safe. */
  void index(Document document, String text) throws IOException;

  /** Makes every change so far durable and searchable. */
  void commit() throws IOException;

  /** Ranked hits with highlighted snippets; an unparseable query throws {@link IllegalArgumentException}. */
  SearchResults search(SearchRequest request) throws IOException;

  /** Matching documents per outlet, most first. */
  List<FacetCount> outletFacet(SearchRequest request) throws IOException;

  /** Matching documents per month of document date ({@code yyyy-MM}), in date order. */
  List<FacetCount> monthFacet(SearchRequest request) throws IOException;

  /** Number of committed documents. */
  long size() throws IOException;

  /** Which of these ids are in the committed index. */
  Set<String> indexed(Collection<String> ids) throws IOException;
}
