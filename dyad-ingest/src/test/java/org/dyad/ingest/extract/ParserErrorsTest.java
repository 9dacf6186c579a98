package org.dyad.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ParserErrorsTest {

  @Test
  void encryptedFilesAreNamedAsSuch() {
    assertThat(ParserErrors.reason("org.apache.tika.exception.EncryptedDocumentException: Unable to process: document is encrypted\n\tat x"))
        .isEqualTo("the file is encrypted (password protected)");
  }

  @Test
  void tikaWrappersGiveWayToTheInnermostCause() {
    String trace = """
        org.apache.tika.exception.TikaException: TIKA-198: Illegal IOException from org.apache.tika.parser.pdf.PDFParser@20d87335
        \tat org.apache.tika.parser.CompositeParser.parse(CompositeParser.java:304)
        Caused by: java.io.IOException: Error: End-of-File, expected line at offset 47
        \tat org.apache.pdfbox.pdfparser.BaseParser.readLine(BaseParser.java:1)
        """;
    assertThat(ParserErrors.reason(trace)).isEqualTo("the parser could not read the file: Error: End-of-File, expected line at offset 47");
  }

  @Test
  void plainMessagesLoseTheirExceptionClass() {
    assertThat(ParserErrors.reason("org.apache.tika.exception.TikaException: Unexpected RuntimeException\n\tat y"))
        .isEqualTo("the parser could not read the file: Unexpected RuntimeException");
  }
}
