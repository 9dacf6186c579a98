package org.dyad.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.index.TestDocuments.document;

import java.time.LocalDate;
import java.util.List;
import org.apache.lucene.index.IndexOptions;
import org.dyad.core.model.Document;
import org.dyad.core.search.SearchHit;
import org.junit.jupiter.api.Test;

class DocumentFieldsTest {

  @Test
  void roundTripsTheHitFields() {
    Document document = document(5, "Reuters", "Raid in Mosul", LocalDate.of(2023, 11, 30));

    SearchHit hit = DocumentFields.toHit(DocumentFields.toLucene(document, "text"), 1.5f, List.of());

    assertThat(hit)
        .isEqualTo(
            new SearchHit(
                document.id(), "5.txt", "inbox/5.txt", "Raid in Mosul",
                LocalDate.of(2023, 11, 30), "Reuters", 1.5f, List.of()));
  }

  @Test
  void leavesOutTheDateOfAnUndatedDocument() {
    var lucene = DocumentFields.toLucene(document(5, "Reuters", "Note", null), null);

    assertThat(lucene.getField(DocumentFields.DATE)).isNull();
    assertThat(lucene.get(DocumentFields.TEXT)).isEmpty();
    assertThat(DocumentFields.toHit(lucene, 0f, List.of()).date()).isNull();
  }

  @Test
  void indexesTextWithOffsetsForTheHighlighter() {
    var lucene = DocumentFields.toLucene(document(5, "Reuters", "Note", null), "words");

    assertThat(lucene.getField(DocumentFields.TEXT).fieldType().indexOptions())
        .isEqualTo(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    assertThat(lucene.getField(DocumentFields.TEXT).fieldType().stored()).isTrue();
  }
}
