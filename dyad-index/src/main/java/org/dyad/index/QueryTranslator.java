package org.dyad.index;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.Query;
import org.dyad.core.search.SearchRequest;

/**
 * Turns a {@link SearchRequest} into a Lucene query.
 *
 * <p>The query text is Lucene's classic syntax over {@code title} (boost 2) and {@code text}:
 * {@code AND}/{@code OR}/{@code NOT}, {@code "phrases"}, {@code wildcard*}, {@code fuzzy~}. Two
 * choices differ from the parser's defaults, both for analysts typing names:
 *
 * <ul>
 *   <li>Terms without an operator must all match ({@code Usama bin Ladin} means all three words),
 *       as in web search engines, rather than any of them.
 *   <li>A word the analyzer splits ({@code al-Qa'ida}) is searched as a phrase, so it does not
 *       match every document that merely contains {@code al}.
 * </ul>
 *
 * <p>Date and outlet restrictions are added as non-scoring filter clauses, so they change which
 * documents match but not their ranking.
 */
final class QueryTranslator {

  private static final String[] FIELDS = {DocumentFields.TITLE, DocumentFields.TEXT};
  private static final Map<String, Float> BOOSTS = Map.of(DocumentFields.TITLE, 2f);

  static final int MAX_HIGHLIGHT_TERMS = 256;

  private QueryTranslator() {}

  /**
   * The scoring part of the request: its query text, parsed.
   *
   * @throws IllegalArgumentException with a one-line message naming the query, when it does not
   *     parse or contains no searchable word
   */
  static Query parse(String queryText, Analyzer analyzer) {
    return parse(queryText, analyzer, MultiTermQuery.CONSTANT_SCORE_BLENDED_REWRITE);
  }

  /**
   * The query text parsed for the highlighter: wildcard and prefix terms expand to at most {@value
   * #MAX_HIGHLIGHT_TERMS} concrete terms when the query is rewritten.
   *
   * <p>Why: given an unexpanded wildcard, the highlighter either scans the segment's whole term
   * dictionary or rewrites the query once per hit, which made a wildcard search ten times slower
   * than a plain one. Expanded once per search, the highlighter only looks up known terms. Past
   * the cap, a hit whose only matches are among the dropped terms shows the start of its text.
   */
  static Query parseForHighlighting(String queryText, Analyzer analyzer) {
    return parse(
        queryText,
        analyzer,
        new MultiTermQuery.TopTermsScoringBooleanQueryRewrite(MAX_HIGHLIGHT_TERMS));
  }

  private static Query parse(
      String queryText, Analyzer analyzer, MultiTermQuery.RewriteMethod multiTermRewrite) {
    QueryParser parser = new MultiFieldQueryParser(FIELDS, analyzer, BOOSTS);
    parser.setMultiTermRewriteMethod(multiTermRewrite);
    parser.setDefaultOperator(QueryParser.Operator.AND);
    // Each whitespace-separated word is analysed on its own, which is what lets a word the
    // analyzer splits become a phrase (Lucene allows the latter only with the former).
    parser.setSplitOnWhitespace(true);
    parser.setAutoGeneratePhraseQueries(true);
    Query query;
    try {
      query = parser.parse(queryText);
    } catch (ParseException e) {
      Throwable detail = e.getCause() != null ? e.getCause() : e;
      throw new IllegalArgumentException(
          "cannot parse query '" + queryText + "': " + firstLine(detail.getMessage()));
    }
    if (query == null
        || query instanceof MatchNoDocsQuery
        || (query instanceof BooleanQuery bool && bool.clauses().isEmpty())) {
      throw new IllegalArgumentException(
          "query '" + queryText + "' contains no searchable word; search for words or names");
    }
    return query;
  }

  /** The whole request: the parsed query restricted by the request's dates and outlet. */
  static Query filtered(Query query, SearchRequest request) {
    if (request.from() == null && request.to() == null && request.outlet() == null) {
      return query;
    }
    BooleanQuery.Builder filtered = new BooleanQuery.Builder().add(query, Occur.MUST);
    if (request.from() != null || request.to() != null) {
      long from = request.from() == null ? Long.MIN_VALUE : request.from().toEpochDay();
      long to = request.to() == null ? Long.MAX_VALUE : request.to().toEpochDay();
      filtered.add(LongField.newRangeQuery(DocumentFields.DATE, from, to), Occur.FILTER);
    }
    if (request.outlet() != null) {
      filtered.add(KeywordField.newExactQuery(DocumentFields.OUTLET, request.outlet()), Occur.FILTER);
    }
    return filtered.build();
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "syntax error";
    }
    int newline = message.indexOf('\n');
    return (newline < 0 ? message : message.substring(0, newline)).strip();
  }
}
