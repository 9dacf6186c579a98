package org.dyad.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.dyad.core.model.Document;
import org.dyad.core.model.DocumentText;
import org.dyad.core.model.IngestFailure;
import org.dyad.core.search.FacetCount;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DuckDbDocumentStoreTest {

  @TempDir Path dir;

  static Document document(String idDigit, String outlet, LocalDate date) {
    return new Document(idDigit.repeat(64), "/c/" + outlet + "/" + idDigit + ".txt", idDigit + ".txt", outlet, "Title " + idDigit,
        null, date, date == null ? Document.DateSource.NONE : Document.DateSource.DATELINE, "en", "text/plain", 10, null);
  }

  @Test
  void storesDocumentsTextsAndIndexingState() throws Exception {
    try (DuckDbDocumentStore store = DuckDbDocumentStore.open(dir.resolve("db.duckdb"))) {
      store.recordFailure(new IngestFailure("/c/wire/a.txt", IngestFailure.Stage.EXTRACT, "earlier failure", Instant.now()));
      store.add(List.of(
          new DocumentText(document("a", "wire", LocalDate.of(2001, 10, 14)), "text a"),
          new DocumentText(document("b", "wire", LocalDate.of(2005, 1, 2)), "text b"),
          new DocumentText(document("c", "herald", null), "text c")));
      store.add(List.of(new DocumentText(document("a", "other", null), "replaced?")));

      assertThat(store.contains("a".repeat(64))).isTrue();
      assertThat(store.contains("d".repeat(64))).isFalse();
      assertThat(store.document("a".repeat(64))).get().isEqualTo(document("a", "wire", LocalDate.of(2001, 10, 14)));
      assertThat(store.text("a".repeat(64))).contains("text a");
      assertThat(store.failures()).as("a document that is now stored is no longer a failure").isEmpty();
      assertThat(store.unindexed(10)).hasSize(3);

      store.markIndexed(List.of("a".repeat(64), "b".repeat(64), "a".repeat(64)));
      assertThat(store.unindexed(10)).containsExactly("c".repeat(64));

      var status = store.status();
      assertThat(status.documents()).isEqualTo(3);
      assertThat(status.indexed()).isEqualTo(2);
      assertThat(status.bytes()).isEqualTo(30);
      assertThat(status.firstDate()).isEqualTo(LocalDate.of(2001, 10, 14));
      assertThat(status.lastDate()).isEqualTo(LocalDate.of(2005, 1, 2));
      assertThat(status.outlets()).containsExactly(new FacetCount("wire", 2), new FacetCount("herald", 1));
    }
  }

  @Test
  void failuresAreKeptOnePerPath() throws Exception {
    try (DuckDbDocumentStore store = DuckDbDocumentStore.open(dir.resolve("db.duckdb"))) {
      store.recordFailure(new IngestFailure("/x.pdf", IngestFailure.Stage.EXTRACT, "first", Instant.now()));
      store.recordFailure(new IngestFailure("/x.pdf", IngestFailure.Stage.EXTRACT, "second\nline", Instant.now()));
      assertThat(store.failures()).singleElement().satisfies(f -> assertThat(f.reason()).isEqualTo("second line"));
    }
  }

  @Test
  void findsDocumentsByUniquePrefix() throws Exception {
    try (DuckDbDocumentStore store = DuckDbDocumentStore.open(dir.resolve("db.duckdb"))) {
      store.add(List.of(new DocumentText(document("a", "w", null), "x"), new DocumentText(document("b", "w", null), "y")));
      assertThat(store.documentByPrefix("aaaaaa")).get().extracting(Document::id).isEqualTo("a".repeat(64));
      assertThat(store.documentByPrefix("cccccc")).isEmpty();
      assertThatThrownBy(() -> store.documentByPrefix("aa")).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> store.documentByPrefix("'; drop table documents; --"))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void dataSurvivesReopening() throws Exception {
    try (DuckDbDocumentStore store = DuckDbDocumentStore.open(dir.resolve("db.duckdb"))) {
      store.add(List.of(new DocumentText(document("e", "w", null), "kept")));
    }
    try (DuckDbDocumentStore store = DuckDbDocumentStore.open(dir.resolve("db.duckdb"))) {
      assertThat(store.text("e".repeat(64))).contains("kept");
    }
  }
}
