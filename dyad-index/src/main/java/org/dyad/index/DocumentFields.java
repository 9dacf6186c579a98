package org.dyad.index;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.dyad.core.model.Document;
import org.dyad.core.search.SearchHit;
import org.dyad.core.search.Snippet;

/**
 * The index schema: how a Dyad {@link Document} and its text become a Lucene document, and how a
 * hit's stored fields become a {@link SearchHit}.
 *
 * <ul>
 *   <li>{@code id}: exact term (replace-by-id, {@code indexed}), stored.
 *   <li>{@code path}, {@code file}: stored only; shown in hits, not searched.
 *   <li>{@code title}: analysed and stored; the query parser weighs it double.
 *   <li>{@code outlet}: exact term for the filter, sorted-set doc values for the facet, stored.
 *   <li>{@code date}: epoch day as a point (range filter), single-valued sorted-numeric doc
 *       values (month facet) and stored; absent when the document has no date, so a date filter
 *       excludes it.
 *   <li>{@code text}: analysed and stored, with offsets in the postings so the highlighter reads
 *       match positions from the index instead of re-analysing the text.
 * </ul>
 */
final class DocumentFields {

  static final String ID = "id";
  static final String PATH = "path";
  static final String FILE = "file";
  static final String TITLE = "title";
  static final String OUTLET = "outlet";
  static final String DATE = "date";
  static final String TEXT = "text";

  /** The stored fields a hit needs; the stored text is read by the highlighter alone. */
  static final Set<String> HIT_FIELDS = Set.of(ID, PATH, FILE, TITLE, OUTLET, DATE);

  private static final FieldType TEXT_TYPE = textType();

  private DocumentFields() {}

  /** The Lucene document for this document and its extracted text (null text counts as empty). */
  static org.apache.lucene.document.Document toLucene(Document document, String text) {
    var lucene = new org.apache.lucene.document.Document();
    lucene.add(new KeywordField(ID, document.id(), Field.Store.YES));
    lucene.add(new StoredField(PATH, document.path()));
    lucene.add(new StoredField(FILE, document.fileName()));
    lucene.add(new TextField(TITLE, document.title(), Field.Store.YES));
    lucene.add(new KeywordField(OUTLET, document.outlet(), Field.Store.YES));
    if (document.date() != null) {
      lucene.add(new LongField(DATE, document.date().toEpochDay(), Field.Store.YES));
    }
    lucene.add(new Field(TEXT, text == null ? "" : text, TEXT_TYPE));
    return lucene;
  }

  /** The hit for a document loaded with at least {@link #HIT_FIELDS}. */
  static SearchHit toHit(
      org.apache.lucene.document.Document stored, float score, List<Snippet> snippets) {
    IndexableField date = stored.getField(DATE);
    return new SearchHit(
        stored.get(ID),
        stored.get(FILE),
        stored.get(PATH),
        stored.get(TITLE),
        date == null ? null : LocalDate.ofEpochDay(date.numericValue().longValue()),
        stored.get(OUTLET),
        score,
        snippets);
  }

  private static FieldType textType() {
    FieldType type = new FieldType();
    type.setTokenized(true);
    type.setStored(true);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    type.freeze();
    return type;
  }
}
