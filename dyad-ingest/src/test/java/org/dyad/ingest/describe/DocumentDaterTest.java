package org.dyad.ingest.describe;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.dyad.core.model.Document.DateSource;
import org.junit.jupiter.api.Test;

class DocumentDaterTest {

  @Test
  void metadataComesFirst() {
    var dated = DocumentDater.date(Map.of("dcterms:created", "2004-05-01T10:00:00Z"), "TEHRAN, Oct. 14, 2001", "2003-01-01.txt");
    assertThat(dated).isEqualTo(new DocumentDater.DatedAs(LocalDate.of(2004, 5, 1), DateSource.METADATA));
  }

  @Test
  void thenTheDateline() {
    assertThat(DocumentDater.date(Map.of(), "TEHRAN, Oct. 14, 2001 — Iran said", "x.txt").date())
        .isEqualTo(LocalDate.of(2001, 10, 14));
    assertThat(DocumentDater.dateline("ISLAMABAD (Kabul Dispatch) — 2 May 2011: the raid")).contains(LocalDate.of(2011, 5, 2));
    assertThat(DocumentDater.dateline("WASHINGTON, Sept. 5, 2007 —")).contains(LocalDate.of(2007, 9, 5));
    assertThat(DocumentDater.dateline("Dated 2009-12-31, the memo")).contains(LocalDate.of(2009, 12, 31));
  }

  @Test
  void theEarliestDateInTheTextWins() {
    assertThat(DocumentDater.dateline("BEIRUT, 12 July 2006 — Hezbollah, which on July 13, 2006 ...")).contains(LocalDate.of(2006, 7, 12));
  }

  @Test
  void thenTheFileName() {
    var dated = DocumentDater.date(Map.of(), "no date here", "report-20030317.pdf");
    assertThat(dated).isEqualTo(new DocumentDater.DatedAs(LocalDate.of(2003, 3, 17), DateSource.FILE_NAME));
  }

  @Test
  void impossibleDatesAreIgnored() {
    assertThat(DocumentDater.dateline("Feb. 30, 2004 and nothing else")).isEmpty();
    assertThat(DocumentDater.date(Map.of("dcterms:created", "1601-01-01T00:00:00Z"), "", "x").source()).isEqualTo(DateSource.NONE);
  }
}
