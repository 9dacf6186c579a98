package org.dyad.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.IOUtils;
import org.dyad.core.model.Document;
import org.dyad.core.search.FacetCount;
import org.dyad.core.search.SearchHit;
import org.dyad.core.search.SearchRequest;
import org.dyad.core.search.SearchResults;
import org.dyad.core.search.Snippet;
import org.dyad.core.store.TextIndex;

/**
 * The workspace's full-text index, a Lucene index in one directory.
 *
 * <p>One {@link IndexWriter} takes all additions ({@link #index} is thread-safe and replaces any
 * document with the same id, so re-indexing never duplicates). Searches run on a searcher that
 * sees the last commit only: it is opened from the directory, not from the writer, and refreshed
 * by {@link #commit()}. So {@link #size()} and {@link #indexed} report exactly what is durable,
 * which is what a caller reconciling the index with its catalogue after a crash needs. {@link
 * #close()} commits pending changes (Lucene's default), then releases the directory's write lock.
 *
 * <p>Queries use {@link DyadAnalyzer} and the syntax described in {@link QueryTranslator}. Hits
 * carry up to three plain-text snippets from {@link SnippetHighlighter}; the total is exact.
 */
public final class LuceneTextIndex implements TextIndex {

  private final Analyzer analyzer;
  private final Directory directory;
  /** Null when opened for reading only. */
  private final IndexWriter writer;
  private final SearcherManager searchers;

  private LuceneTextIndex(Analyzer analyzer, Directory directory, IndexWriter writer)
      throws IOException {
    this.analyzer = analyzer;
    this.directory = directory;
    this.writer = writer;
    this.searchers = new SearcherManager(directory, null);
  }

  /**
   * Opens an existing index for searching only, without its write lock, so searches can run while
   * another process ingests; each search first picks up that process's latest commit.
   */
  public static LuceneTextIndex openForReading(Path dir) throws IOException {
    Directory directory = FSDirectory.open(dir);
    if (!DirectoryReader.indexExists(directory)) {
      directory.close();
      throw new IOException("no index at " + dir);
    }
    return new LuceneTextIndex(new DyadAnalyzer(), directory, null);
  }

  /**
   * Opens the index in {@code dir}, creating the directory and an empty index if absent.
   *
   * @throws IOException also when another process has the index open for writing
   */
  public static LuceneTextIndex open(Path dir) throws IOException {
    Files.createDirectories(dir);
    Analyzer analyzer = new DyadAnalyzer();
    Directory directory = FSDirectory.open(dir);
    IndexWriter writer = null;
    try {
      IndexWriterConfig config =
          new IndexWriterConfig(analyzer)
              .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
              .setRAMBufferSizeMB(64);
      writer = new IndexWriter(directory, config);
      if (!DirectoryReader.indexExists(directory)) {
        writer.commit(); // the searcher needs a commit to open
      }
      return new LuceneTextIndex(analyzer, directory, writer);
    } catch (LockObtainFailedException e) {
      IOUtils.closeWhileHandlingException(directory, analyzer);
      throw new IOException(
          "the index " + dir + " is in use by another Dyad process; close that one first", e);
    } catch (IOException | RuntimeException e) {
      IOUtils.closeWhileHandlingException(writer, directory, analyzer);
      throw e;
    }
  }

  @Override
  public void index(Document document, String text) throws IOException {
    Objects.requireNonNull(document, "document");
    requireWriter();
    writer.updateDocument(
        new Term(DocumentFields.ID, document.id()), DocumentFields.toLucene(document, text));
  }

  private void requireWriter() {
    if (writer == null) {
      throw new IllegalStateException("this index was opened for reading only");
    }
  }

  @Override
  public void commit() throws IOException {
    requireWriter();
    writer.commit();
    searchers.maybeRefreshBlocking();
  }

  @Override
  public SearchResults search(SearchRequest request) throws IOException {
    Query userQuery = QueryTranslator.parse(request.query(), analyzer);
    Query query = QueryTranslator.filtered(userQuery, request);
    if (writer == null) {
      searchers.maybeRefresh();
    }
    IndexSearcher searcher = searchers.acquire();
    try {
      // Counting and ranking are separate passes: counting needs no scores (a phrase need only
      // match once per document), and ranking may then skip documents that cannot make the top
      // hits. Scoring every match to count it cost a phrase of common words five times more.
      long known = countWithoutVisiting(searcher, query);
      long total = known >= 0 ? known : searcher.count(query);
      TopDocs top =
          searcher.search(query, new TopScoreDocCollectorManager(request.limit(), null, request.limit()));
      return new SearchResults(total, hits(searcher, request.query(), userQuery, top.scoreDocs));
    } catch (IndexSearcher.TooManyClauses e) {
      throw new IllegalArgumentException(
          "query '" + request.query() + "' matches too many terms; make its wildcards longer");
    } finally {
      searchers.release(searcher);
    }
  }

  /**
   * The number of matches when every segment can tell it from its statistics (a single term
   * without deletions, say), else -1.
   */
  private static long countWithoutVisiting(IndexSearcher searcher, Query query)
      throws IOException {
    Weight weight =
        searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
    long total = 0;
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      int count = weight.count(leaf);
      if (count < 0) {
        return -1;
      }
      total += count;
    }
    return total;
  }

  private List<SearchHit> hits(
      IndexSearcher searcher, String queryText, Query userQuery, ScoreDoc[] top)
      throws IOException {
    int[] docIds = new int[top.length];
    for (int i = 0; i < top.length; i++) {
      docIds[i] = top[i].doc;
    }
    SnippetHighlighter highlighter = new SnippetHighlighter(searcher, analyzer);
    List<List<Snippet>> snippets;
    try {
      snippets =
          highlighter.snippets(QueryTranslator.parseForHighlighting(queryText, analyzer), docIds);
    } catch (IndexSearcher.TooManyClauses e) {
      // Too many wildcards to expand together: the highlighter matches them per hit, slower.
      snippets = highlighter.snippets(userQuery, docIds);
    }
    StoredFields stored = searcher.storedFields();
    List<SearchHit> hits = new ArrayList<>(top.length);
    for (int i = 0; i < top.length; i++) {
      hits.add(
          DocumentFields.toHit(
              stored.document(docIds[i], DocumentFields.HIT_FIELDS), top[i].score, snippets.get(i)));
    }
    return hits;
  }

  @Override
  public List<FacetCount> outletFacet(SearchRequest request) throws IOException {
    Query query = QueryTranslator.filtered(QueryTranslator.parse(request.query(), analyzer), request);
    IndexSearcher searcher = searchers.acquire();
    try {
      return FacetCounter.outlets(searcher, query);
    } finally {
      searchers.release(searcher);
    }
  }

  @Override
  public List<FacetCount> monthFacet(SearchRequest request) throws IOException {
    Query query = QueryTranslator.filtered(QueryTranslator.parse(request.query(), analyzer), request);
    IndexSearcher searcher = searchers.acquire();
    try {
      return FacetCounter.months(searcher, query);
    } finally {
      searchers.release(searcher);
    }
  }

  @Override
  public long size() throws IOException {
    IndexSearcher searcher = searchers.acquire();
    try {
      return searcher.getIndexReader().numDocs();
    } finally {
      searchers.release(searcher);
    }
  }

  /** Seeks each id in each segment's term dictionary, skipping deleted (replaced) documents. */
  @Override
  public Set<String> indexed(Collection<String> ids) throws IOException {
    // Sorted ids make the term dictionary seeks move forward only.
    Set<String> wanted = new TreeSet<>(ids);
    Set<String> found = new HashSet<>();
    IndexSearcher searcher = searchers.acquire();
    try {
      for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
        Terms terms = leaf.reader().terms(DocumentFields.ID);
        if (terms == null) {
          continue;
        }
        TermsEnum dictionary = terms.iterator();
        Bits live = leaf.reader().getLiveDocs();
        PostingsEnum postings = null;
        for (String id : wanted) {
          if (found.contains(id) || !dictionary.seekExact(new BytesRef(id))) {
            continue;
          }
          postings = dictionary.postings(postings, PostingsEnum.NONE);
          for (int doc = postings.nextDoc();
              doc != DocIdSetIterator.NO_MORE_DOCS;
              doc = postings.nextDoc()) {
            if (live == null || live.get(doc)) {
              found.add(id);
              break;
            }
          }
        }
      }
      return found;
    } finally {
      searchers.release(searcher);
    }
  }

  @Override
  public void close() throws IOException {
    IOUtils.close(searchers, writer, directory, analyzer);
  }
}
