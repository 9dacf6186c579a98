package org.dyad.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.index.TestDocuments.document;

import java.io.IOException;
import java.time.LocalDate;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.dyad.core.search.FacetCount;
import org.junit.jupiter.api.Test;

class FacetCounterTest {

  /**
   * Five documents in three segments, so that per-segment ordinals must be merged by name:
   * AFP 2 (Jan, Mar), Reuters 2 (Jan, undated), BBC 1 (Jan 2023).
   */
  private static Directory fiveDocuments() throws IOException {
    Directory directory = new ByteBuffersDirectory();
    try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new DyadAnalyzer()))) {
      add(writer, 1, "Reuters", LocalDate.of(2024, 1, 5), "raid");
      add(writer, 2, "AFP", LocalDate.of(2024, 1, 31), "raid");
      writer.commit();
      add(writer, 3, "AFP", LocalDate.of(2024, 3, 1), "raid");
      add(writer, 4, "Reuters", null, "talks");
      writer.commit();
      add(writer, 5, "BBC", LocalDate.of(2023, 1, 9), "talks");
    }
    return directory;
  }

  private static void add(IndexWriter writer, int n, String outlet, LocalDate date, String text)
      throws IOException {
    writer.addDocument(DocumentFields.toLucene(document(n, outlet, "t", date), text));
  }

  @Test
  void countsOutletsMostFirstThenByName() throws IOException {
    try (Directory directory = fiveDocuments();
        DirectoryReader reader = DirectoryReader.open(directory)) {
      IndexSearcher searcher = new IndexSearcher(reader);

      assertThat(FacetCounter.outlets(searcher, MatchAllDocsQuery.INSTANCE))
          .containsExactly(
              new FacetCount("AFP", 2), new FacetCount("Reuters", 2), new FacetCount("BBC", 1));
      assertThat(FacetCounter.outlets(searcher, new TermQuery(new Term("text", "talk"))))
          .containsExactly(new FacetCount("BBC", 1), new FacetCount("Reuters", 1));
    }
  }

  @Test
  void countsMonthsInDateOrderSkippingUndated() throws IOException {
    try (Directory directory = fiveDocuments();
        DirectoryReader reader = DirectoryReader.open(directory)) {
      IndexSearcher searcher = new IndexSearcher(reader);

      assertThat(FacetCounter.months(searcher, MatchAllDocsQuery.INSTANCE))
          .containsExactly(
              new FacetCount("2023-01", 1), new FacetCount("2024-01", 2), new FacetCount("2024-03", 1));
      assertThat(FacetCounter.months(searcher, new TermQuery(new Term("text", "raid"))))
          .containsExactly(new FacetCount("2024-01", 2), new FacetCount("2024-03", 1));
    }
  }
}
