package org.dyad.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.dyad.core.search.Snippet;

/**
 * Finds the best passages of each hit's text with Lucene's {@link UnifiedHighlighter} and returns
 * them as {@link Snippet}s (via {@link SnippetFormatter}).
 *
 * <p>Match offsets come from the postings (the text field is indexed with offsets), so the text is
 * not re-analysed; the stored text is still read, up to {@value #MAX_LENGTH} characters, which
 * bounds the work per hit. A match beyond that is not shown; the hit then gets the start of its
 * text, as does a hit that matched in its title only.
 *
 * <p>Passages are whole sentences of about 150 to 250 characters around their matches (see {@link
 * PassageBreakIterator}); up to {@value #MAX_SNIPPETS} per hit, highest passage score first.
 *
 * <p>Built per search, around that search's searcher: construction is cheap.
 */
final class SnippetHighlighter extends UnifiedHighlighter {

  static final int MAX_SNIPPETS = 3;
  static final int MAX_LENGTH = 100_000;

  private static final Comparator<Passage> BEST_FIRST =
      Comparator.comparingDouble(Passage::getScore)
          .reversed()
          .thenComparingInt(Passage::getStartOffset);

  private final IndexSearcher searcher;

  SnippetHighlighter(IndexSearcher searcher, Analyzer analyzer) {
    super(
        UnifiedHighlighter.builder(searcher, analyzer)
            .withMaxLength(MAX_LENGTH)
            .withBreakIterator(PassageBreakIterator::new)
            .withFormatter(new SnippetFormatter())
            .withMaxNoHighlightPassages(1)
            .withPassageSortComparator(BEST_FIRST));
    this.searcher = searcher;
  }

  /**
   * The snippets of each document, in the order of {@code docIds}.
   *
   * @param query the user's query, without filters, from {@link
   *     QueryTranslator#parseForHighlighting}; only its {@code text} terms are highlighted
   */
  List<List<Snippet>> snippets(Query query, int[] docIds) throws IOException {
    // Expands wildcard and fuzzy terms once here rather than once per hit (see QueryTranslator).
    Query expanded = searcher.rewrite(query);
    int[] maxPassages = {MAX_SNIPPETS};
    Map<String, Object[]> byField =
        highlightFieldsAsObjects(new String[] {DocumentFields.TEXT}, expanded, docIds, maxPassages);
    Object[] formatted = byField.get(DocumentFields.TEXT);
    List<List<Snippet>> snippets = new ArrayList<>(docIds.length);
    for (Object perDoc : formatted) {
      snippets.add(perDoc == null ? List.of() : castSnippets(perDoc));
    }
    return snippets;
  }

  @SuppressWarnings("unchecked") // SnippetFormatter is this highlighter's only formatter
  private static List<Snippet> castSnippets(Object formatted) {
    return (List<Snippet>) formatted;
  }
}
