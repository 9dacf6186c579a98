package org.dyad.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dyad.core.model.Document;
import org.dyad.core.model.DocumentText;
import org.dyad.store.DuckDbDocumentStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KnownDocumentsTest {

  @TempDir Path dir;

  private static Document document(String id) {
    return new Document(id, "/" + id, id, "o", "t", null, null, Document.DateSource.NONE, null, null, 1, null);
  }

  @Test
  void knowsStoredDocumentsAndConfirmsPrefixMatches() throws Exception {
    String stored = "0123456789abcdef" + "0".repeat(48);
    String samePrefix = "0123456789abcdef" + "1".repeat(48);
    String other = "f".repeat(64);
    try (DuckDbDocumentStore catalogue = DuckDbDocumentStore.open(dir.resolve("db.duckdb"))) {
      List<DocumentText> batch = new ArrayList<>();
      batch.add(new DocumentText(document(stored), "x"));
      for (int i = 0; i < 3000; i++) {
        batch.add(new DocumentText(document(String.format("%064x", 1_000_000L + i)), "y"));
      }
      catalogue.add(batch);

      KnownDocuments known = KnownDocuments.load(catalogue);

      assertThat(known.contains(stored)).isTrue();
      assertThat(known.contains(String.format("%064x", 1_002_999L))).isTrue();
      assertThat(known.contains(samePrefix)).as("a shared 64-bit prefix is checked against the catalogue").isFalse();
      assertThat(known.contains(other)).isFalse();
    }
  }
}
