package org.dyad.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.index.TestDocuments.document;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.dyad.core.search.Snippet;
import org.junit.jupiter.api.Test;

class SnippetHighlighterTest {

  private static List<List<Snippet>> snippets(String query, String... texts) throws IOException {
    Analyzer analyzer = new DyadAnalyzer();
    try (Directory directory = new ByteBuffersDirectory()) {
      try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
        for (int i = 0; i < texts.length; i++) {
          writer.addDocument(DocumentFields.toLucene(document(i, "o", "title", null), texts[i]));
        }
      }
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        Query parsed = QueryTranslator.parseForHighlighting(query, analyzer);
        int[] docIds = new int[texts.length];
        for (int i = 0; i < texts.length; i++) {
          docIds[i] = texts.length - 1 - i; // in reverse, to check the order is kept
        }
        return new SnippetHighlighter(new IndexSearcher(reader), analyzer).snippets(parsed, docIds);
      }
    }
  }

  @Test
  void marksEverySpellingOfTheQueriedName() throws IOException {
    List<List<Snippet>> snippets =
        snippets("\"Osama bin Laden\"", "A letter from Usama bin Ladin was found.");

    Snippet snippet = snippets.getFirst().getFirst();
    assertThat(snippet.text()).isEqualTo("A letter from Usama bin Ladin was found.");
    assertThat(snippet.highlights())
        .allSatisfy(s -> assertThat(s.end()).isLessThanOrEqualTo(snippet.text().length()));
    String marked =
        snippet.text()
            .substring(snippet.highlights().getFirst().start(), snippet.highlights().getLast().end());
    assertThat(marked).isEqualTo("Usama bin Ladin");
  }

  @Test
  void returnsSnippetsInTheOrderOfTheDocIds() throws IOException {
    List<List<Snippet>> snippets = snippets("raid", "first raid text", "second raid text");

    assertThat(snippets).hasSize(2);
    assertThat(snippets.get(0).getFirst().text()).isEqualTo("second raid text");
    assertThat(snippets.get(1).getFirst().text()).isEqualTo("first raid text");
  }

  @Test
  void bestPassageComesFirst() throws IOException {
    String text =
        "Weather was calm. ".repeat(15)
            + "One raid. "
            + "Filler sentence here. ".repeat(15)
            + "A raid, another raid and a third raid. "
            + "More filler now. ".repeat(15);

    List<Snippet> snippets = snippets("raid", text).getFirst();

    assertThat(snippets).hasSize(2);
    assertThat(snippets.getFirst().highlights()).hasSize(3);
    assertThat(snippets.get(1).highlights()).hasSize(1);
  }

  @Test
  void givesEmptyDocumentsNoSnippet() throws IOException {
    assertThat(snippets("title", "")).containsExactly(List.of());
  }
}
