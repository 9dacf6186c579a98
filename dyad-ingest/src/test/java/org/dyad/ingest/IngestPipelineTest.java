package org.dyad.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.ingest.IngestFixtures.utf8;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.dyad.core.model.Document;
import org.dyad.core.model.IngestFailure;
import org.dyad.core.search.SearchRequest;
import org.dyad.ingest.extract.ExtractorLimits;
import org.dyad.ingest.extract.TikaPipesExtractor;
import org.dyad.ingest.scan.ScanLimits;
import org.dyad.store.Workspace;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestPipelineTest {

  private static TikaPipesExtractor extractor;
  private static final ExtractorLimits LIMITS = ExtractorLimits.defaults()
      .withProcesses(2).withTimeout(Duration.ofSeconds(20)).withHeapMegabytes(256);

  @TempDir Path dir;

  @BeforeAll
  static void startParsers() throws IOException {
    extractor = TikaPipesExtractor.start(LIMITS);
  }

  @AfterAll
  static void stopParsers() {
    extractor.close();
  }

  private IngestReport ingest(Path workspaceDir, IngestOptions options, Path... roots) throws Exception {
    try (Workspace workspace = Workspace.open(workspaceDir, "test")) {
      return new IngestPipeline(workspace.catalogue(), workspace.index(), workspace.blobs(), extractor, options,
          IngestListener.SILENT).run(List.of(roots));
    }
  }

  private static IngestOptions options() {
    return IngestOptions.defaults().withExtractorLimits(LIMITS);
  }

  @Test
  void ingestsEachFormatWithItsMetadata() throws Exception {
    Path corpus = dir.resolve("corpus");
    Path outlet = corpus.resolve("gulf-wire");
    IngestFixtures.text(outlet.resolve("plain.txt"), "TEHRAN, Oct. 14, 2001 — Iran offered search and rescue help. zebraplain");
    IngestFixtures.text(outlet.resolve("page.html"), "<html><head><title>Envoys meet</title>"
        + "<meta name=\"author\" content=\"Staff\"></head><body><p>GENEVA, May 3, 2003 — envoys met. zebrahtml</p></body></html>");
    IngestFixtures.pdf(outlet.resolve("report.pdf"), "Border report", "Pakistan closed the border crossing. zebrapdf");
    IngestFixtures.docx(outlet.resolve("memo.docx"), "Interview memo", "The source described the meeting. zebradocx");
    IngestFixtures.text(outlet.resolve("mail.eml"), """
        From: analyst@example.org
        To: desk@example.org
        Subject: Translation of a captured letter
        Date: Tue, 12 Mar 2002 10:00:00 +0000
        Content-Type: text/plain; charset=UTF-8

        The letter asks for safe passage through Iran. zebraeml
        """);
    IngestFixtures.text(outlet.resolve("note.rtf"), "{\\rtf1\\ansi{\\fonttbl\\f0\\fswiss Helvetica;}\\f0 Talks resumed in Kabul. zebrartf\\par}");
    IngestFixtures.text(outlet.resolve("table.csv"), "date,actor,action\n2004-01-01,Syria,met zebracsv\n");
    IngestFixtures.text(outlet.resolve("feed.xml"), "<?xml version=\"1.0\"?><items><item>Hezbollah fired rockets. zebraxml</item></items>");
    IngestFixtures.odt(outlet.resolve("minutes.odt"), "Minutes of the Doha meeting. zebraodt");
    IngestFixtures.text(outlet.resolve("box.mbox"), """
        From analyst@example.org Tue Mar 12 10:00:00 2002
        From: analyst@example.org
        Subject: First
        Date: Tue, 12 Mar 2002 10:00:00 +0000

        First message zebrambox.
        """);

    IngestReport report = ingest(dir.resolve("ws"), options(), corpus);

    assertThat(report.failed()).isZero();
    assertThat(report.ingested()).isEqualTo(10);
    try (Workspace workspace = Workspace.open(dir.resolve("ws"), "test")) {
      for (String word : List.of("zebraplain", "zebrahtml", "zebrapdf", "zebradocx", "zebraeml", "zebrartf", "zebracsv",
          "zebraxml", "zebrambox", "zebraodt")) {
        assertThat(workspace.index().search(SearchRequest.of(word)).total()).as(word).isEqualTo(1);
      }
      Map<String, Document> byFile = documents(workspace);
      assertThat(byFile.get("plain.txt").date()).isEqualTo(LocalDate.of(2001, 10, 14));
      assertThat(byFile.get("plain.txt").dateSource()).isEqualTo(Document.DateSource.DATELINE);
      assertThat(byFile.get("plain.txt").outlet()).isEqualTo("gulf-wire");
      assertThat(byFile.get("page.html").title()).isEqualTo("Envoys meet");
      assertThat(byFile.get("page.html").author()).isEqualTo("Staff");
      assertThat(byFile.get("report.pdf").title()).isEqualTo("Border report");
      assertThat(byFile.get("memo.docx").title()).isEqualTo("Interview memo");
      assertThat(byFile.get("mail.eml").date()).isEqualTo(LocalDate.of(2002, 3, 12));
      assertThat(byFile.get("mail.eml").dateSource()).isEqualTo(Document.DateSource.METADATA);
      assertThat(byFile.get("plain.txt").language()).isEqualTo("en");
      assertThat(workspace.catalogue().status().indexed()).isEqualTo(10);
      assertThat(byFile.get("minutes.odt").mimeType()).isEqualTo("application/vnd.oasis.opendocument.text");
      assertThat(byFile.get("report.pdf").mimeType()).isEqualTo("application/pdf");
    }
  }

  private static Map<String, Document> documents(Workspace workspace) throws Exception {
    var results = workspace.index().search(new SearchRequest("*:*", null, null, null, 1000));
    Map<String, Document> byFile = new LinkedHashMap<>();
    for (var hit : results.results()) {
      byFile.put(hit.file(), workspace.catalogue().document(hit.doc()).orElseThrow());
    }
    return byFile;
  }

  @Test
  void archivesAreOpenedIncludingNestedOnes() throws Exception {
    Path corpus = dir.resolve("corpus");
    IngestFixtures.zip(corpus.resolve("batch.zip"), Map.of(
        "a/first.txt", utf8("Saudi Arabia hosted the talks. zebrazip"),
        "b/second.html", utf8("<html><body>Yemen agreed. zebrazip2</body></html>")));
    IngestFixtures.tarGz(corpus.resolve("old.tar.gz"), Map.of(
        "inner.zip", IngestFixtures.zipBytes(Map.of("deep.txt", utf8("Nested archive text. zebranested"))),
        "top.txt", utf8("Top of the tarball. zebratar")));

    IngestReport report = ingest(dir.resolve("ws"), options(), corpus);

    assertThat(report.ingested()).isEqualTo(4);
    try (Workspace workspace = Workspace.open(dir.resolve("ws"), "test")) {
      var hit = workspace.index().search(SearchRequest.of("zebranested")).results().getFirst();
      assertThat(hit.path()).endsWith("old.tar.gz!/inner.zip!/deep.txt");
      assertThat(hit.file()).isEqualTo("deep.txt");
      assertThat(hit.outlet()).isEqualTo("corpus");
    }
  }

  @Test
  void theSameBytesIngestedTwiceChangeNothing() throws Exception {
    Path corpus = dir.resolve("corpus");
    IngestFixtures.text(corpus.resolve("x/one.txt"), "Israel and Syria exchanged fire.");
    IngestFixtures.text(corpus.resolve("x/copy-of-one.txt"), "Israel and Syria exchanged fire.");
    IngestFixtures.text(corpus.resolve("x/two.txt"), "Iraq signed an agreement.");

    IngestReport first = ingest(dir.resolve("ws"), options(), corpus);
    IngestReport second = ingest(dir.resolve("ws"), options(), corpus);

    assertThat(first.ingested()).isEqualTo(2);
    assertThat(first.duplicates()).isEqualTo(1);
    assertThat(second.ingested()).isZero();
    assertThat(second.duplicates()).isEqualTo(3);
    try (Workspace workspace = Workspace.open(dir.resolve("ws"), "test")) {
      assertThat(workspace.catalogue().status().documents()).isEqualTo(2);
      assertThat(workspace.index().size()).isEqualTo(2);
      assertThat(workspace.blobFiles().count()).isEqualTo(2);
    }
  }

  @Test
  void aScanWithoutTextLayerIsReadByOcrOrReportedNeverStoredEmpty() throws Exception {
    Path corpus = dir.resolve("corpus");
    IngestFixtures.scannedPdf(corpus.resolve("scans/letter.pdf"), "KANDAHAR MEETING", "SAFE PASSAGE AGREED");

    IngestReport report = ingest(dir.resolve("ws"), options(), corpus);

    try (Workspace workspace = Workspace.open(dir.resolve("ws"), "test")) {
      if (new OcrAvailability().available()) {
        assertThat(report.ingested()).isEqualTo(1);
        assertThat(workspace.index().search(SearchRequest.of("kandahar")).total()).isEqualTo(1);
      } else {
        assertThat(report.failed()).isEqualTo(1);
        assertThat(workspace.catalogue().failures().getFirst().reason()).contains("no text layer");
      }
    }
  }

  @Test
  void aHangingParserAndAnExhaustedHeapCostOneFileEach() throws Exception {
    Path corpus = dir.resolve("corpus");
    IngestFixtures.text(corpus.resolve("o/stuck.dyadhang"), "hang here");
    IngestFixtures.text(corpus.resolve("o/greedy.dyadoom"), "anything");
    IngestFixtures.text(corpus.resolve("o/fine.html"), "<html><body>Afghanistan and Pakistan talked. zebrafine</body></html>");

    IngestReport report = ingest(dir.resolve("ws"), options(), corpus);

    Map<String, String> reasons = failures(dir.resolve("ws"));
    assertThat(reasons).hasSize(2);
    assertThat(report.ingested()).isEqualTo(1);
    assertThat(reasons.get("stuck.dyadhang")).contains("longer than 20 s");
    assertThat(reasons.get("greedy.dyadoom")).contains("out of memory");
  }

  @Test
  void hostileFilesAreRecordedWithOneLineReasonsAndTheRunGoesOn() throws Exception {
    Path corpus = dir.resolve("corpus");
    Path h = corpus.resolve("hostile");
    Files.createDirectories(h);
    Files.write(h.resolve("corrupt.pdf"), utf8("%PDF-1.4\n%garbage that is not a PDF body\n1 0 obj <<"));
    IngestFixtures.encryptedPdf(h.resolve("locked.pdf"), "secret text");
    IngestFixtures.zipBomb(h.resolve("bomb.zip"), 300);
    IngestFixtures.zip(h.resolve("slip.zip"), Map.of("../../escape.txt", utf8("evil"), "ok.txt", utf8("Fine entry zebraslip")));
    try (var huge = new java.io.RandomAccessFile(h.resolve("huge.txt").toFile(), "rw")) {
      huge.setLength(65L << 20);
    }
    Files.write(h.resolve("latin1.txt"), new byte[] {'Q', 'a', (byte) 0xEF, 'd', 'a', ' ', 'z', 'e', 'b', 'r', 'a', 'l', 'a', 't', 'i', 'n', ' ', (byte) 0xC3, '('});
    Files.write(h.resolve("empty.txt"), new byte[0]);
    Files.createSymbolicLink(h.resolve("loop"), h);
    new ProcessBuilder("mkfifo", h.resolve("pipe.txt").toString()).start().waitFor();
    IngestFixtures.text(h.resolve("good.txt"), "A good file among bad ones. zebragood");
    IngestOptions options = options().withScanLimits(ScanLimits.defaults().withMaxFileBytes(64L << 20));

    IngestReport report = ingest(dir.resolve("ws"), options, corpus);

    Map<String, String> reasons = failures(dir.resolve("ws"));
    assertThat(reasons.get("corrupt.pdf")).startsWith("the parser could not read the file");
    assertThat(reasons.get("locked.pdf")).isEqualTo("the file is encrypted (password protected)");
    assertThat(reasons.get("bomb.zip")).contains("zip bomb");
    assertThat(reasons.get("escape.txt")).contains("unsafe entry name");
    assertThat(reasons.get("huge.txt")).isEqualTo("larger than the size cap of 64 MB (--max-file-size); skipped");
    assertThat(reasons.get("empty.txt")).isEqualTo("empty file");
    assertThat(reasons.get("loop")).contains("symbolic link loop");
    assertThat(reasons.get("pipe.txt")).contains("not a regular file");
    assertThat(reasons.values()).allSatisfy(reason -> assertThat(reason).doesNotContain("\n"));
    try (Workspace workspace = Workspace.open(dir.resolve("ws"), "test")) {
      assertThat(workspace.index().search(SearchRequest.of("zebragood")).total()).isEqualTo(1);
      assertThat(workspace.index().search(SearchRequest.of("zebraslip")).total()).isEqualTo(1);
      assertThat(workspace.index().search(SearchRequest.of("zebralatin")).total())
          .as("invalid UTF-8 is decoded by charset detection, not dropped").isEqualTo(1);
    }
    assertThat(report.ingested()).isEqualTo(3);
  }

  @Test
  void xmlEntitiesAreNeverExpandedFromOutsideNorExponentially() throws Exception {
    Path corpus = dir.resolve("corpus");
    IngestFixtures.text(corpus.resolve("x/xxe.xml"), """
        <?xml version="1.0"?>
        <!DOCTYPE report [ <!ENTITY secret SYSTEM "file:///etc/passwd"> ]>
        <report>Leaked: &secret; zebraxxe</report>
        """);
    StringBuilder laughs = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol0 \"lol\">\n");
    for (int i = 1; i <= 10; i++) {
      laughs.append("<!ENTITY lol").append(i).append(" \"")
          .append(("&lol" + (i - 1) + ";").repeat(10)).append("\">\n");
    }
    laughs.append("]>\n<lolz>&lol10; zebralaughs</lolz>\n");
    IngestFixtures.text(corpus.resolve("x/laughs.xml"), laughs.toString());
    IngestFixtures.text(corpus.resolve("x/fine.txt"), "An ordinary report. zebrafine");

    ingest(dir.resolve("ws"), options(), corpus);

    try (Workspace workspace = Workspace.open(dir.resolve("ws"), "test")) {
      assertThat(workspace.index().search(SearchRequest.of("zebrafine")).total()).isEqualTo(1);
      for (var hit : workspace.index().search(new SearchRequest("*:*", null, null, null, 10)).results()) {
        String text = workspace.catalogue().text(hit.doc()).orElseThrow();
        assertThat(text).doesNotContain("root:x:0:0");
        assertThat(text.length()).as(hit.file() + " must not expand its entities").isLessThan(100_000);
      }
    }
  }

  @Test
  void aFileThePermissionsForbidIsRecorded() throws Exception {
    org.junit.jupiter.api.Assumptions.assumeFalse("root".equals(System.getProperty("user.name")),
        "permissions do not stop root; the named pipe case covers unreadable files when running as root");
    Path corpus = dir.resolve("corpus");
    Path locked = IngestFixtures.text(corpus.resolve("x/locked.txt"), "forbidden");
    Files.setPosixFilePermissions(locked, java.util.Set.of());
    ingest(dir.resolve("ws"), options(), corpus);
    assertThat(failures(dir.resolve("ws"))).containsEntry("locked.txt", "permission denied");
  }

  @Test
  void aBugInOneFileIsRecordedAsThatFilesFailure() throws Exception {
    Path corpus = dir.resolve("corpus");
    IngestFixtures.text(corpus.resolve("x/page.html"), "<html><body>Anything</body></html>");
    IngestFixtures.text(corpus.resolve("x/fine.txt"), "A plain report. zebraplain");
    org.dyad.ingest.extract.TextExtractor broken = new org.dyad.ingest.extract.TextExtractor() {
      @Override
      public org.dyad.ingest.extract.Extraction extract(Path file, String fileName) {
        throw new IllegalStateException("boom");
      }

      @Override
      public void close() {}
    };
    IngestReport report;
    try (Workspace workspace = Workspace.open(dir.resolve("ws"), "test")) {
      report = new IngestPipeline(workspace.catalogue(), workspace.index(), workspace.blobs(), broken, options(),
          IngestListener.SILENT).run(List.of(corpus));
    }
    assertThat(report.ingested()).isEqualTo(1);
    assertThat(failures(dir.resolve("ws"))).containsEntry("page.html", "unexpected error (IllegalStateException): boom");
  }

  private static Map<String, String> failures(Path workspaceDir) throws Exception {
    try (Workspace workspace = Workspace.open(workspaceDir, "test")) {
      return workspace.catalogue().failures().stream().collect(Collectors.toMap(
          f -> f.path().substring(Math.max(f.path().lastIndexOf('/'), f.path().lastIndexOf('!')) + 1),
          IngestFailure::reason, (a, b) -> a + " | " + b));
    }
  }
}
