package org.dyad.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TikaPipesExtractorTest {

  private static TikaPipesExtractor extractor;
  @TempDir static Path dir;

  @BeforeAll
  static void start() throws Exception {
    extractor = TikaPipesExtractor.start(
        ExtractorLimits.defaults().withProcesses(1).withTimeout(Duration.ofSeconds(60)).withHeapMegabytes(256));
  }

  @AfterAll
  static void stop() {
    extractor.close();
  }

  @Test
  void extractsHtmlTextAndTitle() throws Exception {
    Path html = dir.resolve("blob1");
    Files.writeString(html, """
        <html><head><title>Talks in Geneva</title><meta name="author" content="A. Writer"></head>
        <body><p>GENEVA, May 3, 2003 &mdash; Iranian and American envoys met.</p></body></html>
        """, StandardCharsets.UTF_8);
    Extraction extraction = extractor.extract(html, "talks.html");
    assertThat(extraction.text()).contains("Iranian and American envoys met.");
    assertThat(extraction.get("dc:title")).isEqualTo("Talks in Geneva");
    assertThat(extraction.get("Content-Type")).startsWith("text/html");
  }

  @Test
  void corruptPdfIsAOneLineFailure() throws Exception {
    Path pdf = dir.resolve("blob2");
    Files.write(pdf, "%PDF-1.7\n1 0 obj << /Type /Catalog >>\ngarbage garbage".getBytes(StandardCharsets.US_ASCII));
    assertThatThrownBy(() -> extractor.extract(pdf, "broken.pdf"))
        .isInstanceOf(ExtractionException.class)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
  }
}
