package org.dyad.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dyad.index.TestDocuments.document;
import static org.dyad.index.TestDocuments.id;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.lucene.search.IndexSearcher;
import org.dyad.core.search.FacetCount;
import org.dyad.core.search.SearchHit;
import org.dyad.core.search.SearchRequest;
import org.dyad.core.search.SearchResults;
import org.dyad.core.search.Snippet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LuceneTextIndexTest {

  private static final String AQAP =
      "Al-Qa'ida in the Arabian Peninsula claimed the attack on Tuesday. "
          + "Officials said the militants attacked a checkpoint near Aden.";
  private static final String HEZBOLLAH =
      "Hizballah's leader Hassan Nasrallah spoke about the border. "
          + "The group said it had not attacked Israeli positions.";
  private static final String ABBOTTABAD =
      "Documents captured in Abbottabad show Usama bin Ladin wrote letters to al Qaida commanders.";
  private static final String NOTE = "A note about the weather in Beirut.";

  @TempDir Path dir;

  private LuceneTextIndex index;

  @BeforeEach
  void open() throws IOException {
    index = LuceneTextIndex.open(dir.resolve("index"));
  }

  @AfterEach
  void close() throws IOException {
    index.close();
  }

  /** Four documents: 1 and 3 mention al-Qaeda, 1 and 3 and 4 are Reuters, 4 has no date. */
  private void indexFour() throws IOException {
    index.index(document(1, "Reuters", "Strike in Yemen", LocalDate.of(2024, 1, 15)), AQAP);
    index.index(
        document(2, "Al Jazeera", "Hezbollah statement", LocalDate.of(2024, 2, 3)), HEZBOLLAH);
    index.index(
        document(3, "Reuters", "Bin Laden documents", LocalDate.of(2024, 2, 20)), ABBOTTABAD);
    index.index(document(4, "Reuters", "Undated note", null), NOTE);
    index.commit();
  }

  private List<String> ids(String query) throws IOException {
    return ids(SearchRequest.of(query));
  }

  private List<String> ids(SearchRequest request) throws IOException {
    return index.search(request).results().stream().map(SearchHit::doc).sorted().toList();
  }

  @Test
  void findsEverySpellingOfAName() throws IOException {
    indexFour();

    assertThat(ids("al-Qaeda")).containsExactly(id(1), id(3));
    assertThat(ids("\"Osama bin Laden\"")).containsExactly(id(3));
    assertThat(ids("hezbollah")).containsExactly(id(2));
  }

  @Test
  void supportsBooleanPhraseWildcardAndFuzzyQueries() throws IOException {
    indexFour();

    assertThat(ids("hezbollah AND attack")).containsExactly(id(2));
    assertThat(ids("hezbollah OR weather")).containsExactly(id(2), id(4));
    assertThat(ids("qaeda NOT yemen")).containsExactly(id(3));
    assertThat(ids("\"attacked a checkpoint\"")).containsExactly(id(1));
    assertThat(ids("\"checkpoint attacked\"")).isEmpty();
    assertThat(ids("Abbot*")).containsExactly(id(3));
    assertThat(ids("Nasralah~")).containsExactly(id(2));
  }

  @Test
  void reportsTheExactTotalBeyondTheLimit() throws IOException {
    indexFour();

    SearchResults results = index.search(new SearchRequest("the OR documents", null, null, null, 1));

    assertThat(results.total()).isEqualTo(4);
    assertThat(results.results()).hasSize(1);
  }

  @Test
  void filtersByDateAndOutlet() throws IOException {
    indexFour();
    LocalDate february = LocalDate.of(2024, 2, 1);

    assertThat(ids(new SearchRequest("*:*", february, null, null, 10))).containsExactly(id(2), id(3));
    assertThat(ids(new SearchRequest("*:*", null, LocalDate.of(2024, 1, 15), null, 10)))
        .containsExactly(id(1));
    assertThat(ids(new SearchRequest("*:*", null, null, "Reuters", 10)))
        .containsExactly(id(1), id(3), id(4));
    assertThat(ids(new SearchRequest("*:*", february, null, "Reuters", 10))).containsExactly(id(3));
    assertThat(ids(new SearchRequest("*:*", null, null, "reuters", 10))).isEmpty();
  }

  @Test
  void returnsHitFieldsFromTheDocument() throws IOException {
    indexFour();

    SearchHit hit = index.search(SearchRequest.of("Abbottabad")).results().getFirst();

    assertThat(hit.doc()).isEqualTo(id(3));
    assertThat(hit.title()).isEqualTo("Bin Laden documents");
    assertThat(hit.file()).isEqualTo("3.txt");
    assertThat(hit.path()).isEqualTo("inbox/3.txt");
    assertThat(hit.outlet()).isEqualTo("Reuters");
    assertThat(hit.date()).isEqualTo(LocalDate.of(2024, 2, 20));
    assertThat(hit.score()).isPositive();
    assertThat(index.search(SearchRequest.of("weather")).results().getFirst().date()).isNull();
  }

  @Test
  void highlightsPointAtTheMatchedWords() throws IOException {
    indexFour();

    SearchHit hit = index.search(SearchRequest.of("Nasrallah")).results().getFirst();
    Snippet snippet = hit.snippets().getFirst();

    assertThat(snippet.text()).isEqualTo(HEZBOLLAH);
    assertThat(snippet.highlights()).hasSize(1);
    var span = snippet.highlights().getFirst();
    assertThat(snippet.text().substring(span.start(), span.end())).isEqualToIgnoringCase("nasrallah");
  }

  @Test
  void highlightsEveryFormOfAStemmedWord() throws IOException {
    indexFour();

    SearchHit hit = index.search(SearchRequest.of("attacks AND yemen")).results().getFirst();

    List<String> marked = new ArrayList<>();
    for (Snippet snippet : hit.snippets()) {
      snippet.highlights().forEach(s -> marked.add(snippet.text().substring(s.start(), s.end())));
    }
    assertThat(marked).containsExactlyInAnyOrder("attack", "attacked");
  }

  @Test
  void returnsTitleOnlyMatchesWithTheStartOfTheText() throws IOException {
    indexFour();

    SearchResults results = index.search(SearchRequest.of("undated"));

    assertThat(results.total()).isEqualTo(1);
    List<Snippet> snippets = results.results().getFirst().snippets();
    assertThat(snippets).hasSize(1);
    assertThat(snippets.getFirst().text()).isEqualTo(NOTE);
    assertThat(snippets.getFirst().highlights()).isEmpty();
  }

  @Test
  void keepsSnippetsShortInALongDocument() throws IOException {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 300; i++) {
      text.append(i % 100 == 50 ? "Smugglers crossed the border at night. " : "Nothing happened today. ");
    }
    index.index(document(7, "Reuters", "Long report", null), text.toString());
    index.commit();

    List<Snippet> snippets = index.search(SearchRequest.of("smugglers")).results().getFirst().snippets();

    assertThat(snippets).hasSize(SnippetHighlighter.MAX_SNIPPETS);
    assertThat(snippets)
        .allSatisfy(
            s -> {
              assertThat(s.text().length()).isBetween(100, SnippetFormatter.MAX_CHARS);
              assertThat(s.highlights()).hasSize(1);
              var span = s.highlights().getFirst();
              assertThat(s.text().substring(span.start(), span.end())).isEqualTo("Smugglers");
            });
  }

  @Test
  void capsWildcardExpansionForHighlightingButStillHighlights() throws IOException {
    index.index(document(1, "AFP", "Codes", null), "alpha1 alpha2 alpha3 alpha4 alpha5 alpha6 beta1 beta2");
    index.commit();
    int maxClauses = IndexSearcher.getMaxClauseCount();
    IndexSearcher.setMaxClauseCount(3);
    try {
      // One wildcard expands to its first 3 terms; two together exceed the limit and fall back
      // to matching per hit, which finds all 8.
      SearchHit one = index.search(SearchRequest.of("alpha*")).results().getFirst();
      SearchHit two = index.search(SearchRequest.of("alpha* AND beta*")).results().getFirst();

      assertThat(one.snippets().getFirst().highlights()).hasSize(3);
      assertThat(two.snippets().getFirst().highlights()).hasSize(8);
    } finally {
      IndexSearcher.setMaxClauseCount(maxClauses);
    }
  }

  @Test
  void reindexingAnIdReplacesTheDocument() throws IOException {
    index.index(document(1, "Reuters", "First version", null), "old words");
    index.commit();
    index.index(document(1, "Reuters", "Second version", null), "new words");
    index.commit();

    assertThat(index.size()).isEqualTo(1);
    assertThat(ids("old")).isEmpty();
    assertThat(ids("new")).containsExactly(id(1));
  }

  @Test
  void rejectsABadQuery() throws IOException {
    indexFour();

    assertThatThrownBy(() -> index.search(SearchRequest.of("attack AND (")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("attack AND (");
  }

  @Test
  void countsOutletsAndMonthsOverAllMatches() throws IOException {
    indexFour();
    SearchRequest everything = new SearchRequest("*:*", null, null, null, 1);

    assertThat(index.outletFacet(everything))
        .containsExactly(new FacetCount("Reuters", 3), new FacetCount("Al Jazeera", 1));
    assertThat(index.monthFacet(everything))
        .containsExactly(new FacetCount("2024-01", 1), new FacetCount("2024-02", 2));
    assertThat(index.outletFacet(SearchRequest.of("qaeda"))).containsExactly(new FacetCount("Reuters", 2));
    assertThat(index.monthFacet(SearchRequest.of("weather"))).isEmpty();
  }

  @Test
  void hidesUncommittedDocuments() throws IOException {
    index.index(document(1, "Reuters", "One", null), "first");
    index.commit();
    index.index(document(2, "Reuters", "Two", null), "second");

    assertThat(index.size()).isEqualTo(1);
    assertThat(ids("second")).isEmpty();
    assertThat(index.indexed(List.of(id(1), id(2)))).containsExactly(id(1));

    index.commit();

    assertThat(index.size()).isEqualTo(2);
    assertThat(ids("second")).containsExactly(id(2));
  }

  @Test
  void tellsWhichIdsAreIndexed() throws IOException {
    indexFour();
    index.index(document(1, "Reuters", "Replaced", null), "again"); // deletes the old copy
    index.commit();

    assertThat(index.indexed(List.of(id(1), id(2), id(9)))).isEqualTo(Set.of(id(1), id(2)));
    assertThat(index.indexed(List.of())).isEmpty();
  }

  @Test
  void keepsDataAfterReopening() throws IOException {
    indexFour();
    index.close();

    index = LuceneTextIndex.open(dir.resolve("index"));

    assertThat(index.size()).isEqualTo(4);
    assertThat(ids("al-Qaeda")).containsExactly(id(1), id(3));
  }

  @Test
  void refusesASecondWriterOnTheSameDirectory() {
    assertThatThrownBy(() -> LuceneTextIndex.open(dir.resolve("index")))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("in use");
  }

  @Test
  void indexesFromManyThreads() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        int thread = t;
        done.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < 50; i++) {
                    int n = 1000 + thread * 50 + i;
                    index.index(document(n, "Reuters", "Doc " + n, null), "report number " + n);
                  }
                  return null;
                }));
      }
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
    index.commit();

    assertThat(index.size()).isEqualTo(200);
    assertThat(index.search(SearchRequest.of("report")).total()).isEqualTo(200);
  }

  @Test
  void aReaderSearchesAlongsideTheWriterAndSeesEachNewCommit() throws IOException {
    indexFour();
    try (LuceneTextIndex reader = LuceneTextIndex.openForReading(dir.resolve("index"))) {
      assertThat(reader.search(SearchRequest.of("weather")).total()).isEqualTo(1);
      index.index(document(5, "Reuters", "More weather", null), "The weather in Kabul.");
      index.commit();
      assertThat(reader.search(SearchRequest.of("weather")).total()).isEqualTo(2);
      assertThatThrownBy(() -> reader.index(document(6, "x", "y", null), "z"))
          .isInstanceOf(IllegalStateException.class);
    }
  }
}
