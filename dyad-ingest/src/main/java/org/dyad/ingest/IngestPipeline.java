package org.dyad.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.dyad.core.model.Document;
import org.dyad.core.model.DocumentText;
import org.dyad.core.model.IngestFailure;
import org.dyad.core.store.BlobStore;
import org.dyad.core.store.DocumentStore;
import org.dyad.core.store.TextIndex;
import org.dyad.ingest.describe.DocumentDescriber;
import org.dyad.ingest.extract.Extraction;
import org.dyad.ingest.extract.ExtractionException;
import org.dyad.ingest.extract.PlainTextDecoder;
import org.dyad.ingest.extract.TextExtractor;
import org.dyad.ingest.scan.CorpusScanner;
import org.dyad.ingest.scan.ScanSink;
import org.dyad.ingest.scan.StagedFile;

/**
 * The ingest stages — scan, extract, index — for one run over some files and folders. Scanning
 * (read, hash, store the original) and extraction run on bounded thread pools, writing on one
 * thread, so memory stays bounded however large the corpus. A run that was killed resumes: files
 * whose bytes are already catalogued are skipped, and catalogued documents missing from the
 * committed index are indexed again first.
 */
public final class IngestPipeline {

  private final DocumentStore catalogue;
  private final TextIndex index;
  private final BlobStore blobs;
  private final TextExtractor extractor;
  private final IngestOptions options;
  private final IngestListener listener;
  private final DocumentDescriber describer = new DocumentDescriber();
  private final OcrAvailability ocr = new OcrAvailability();

  public IngestPipeline(DocumentStore catalogue, TextIndex index, BlobStore blobs, TextExtractor extractor,
      IngestOptions options, IngestListener listener) {
    this.catalogue = catalogue;
    this.index = index;
    this.blobs = blobs;
    this.extractor = extractor;
    this.options = options;
    this.listener = listener;
  }

  /**
   * Ingests {@code roots} with Tika parser processes started for this run and stopped after it:
   * the usual way to ingest.
   */
  public static IngestReport ingest(DocumentStore catalogue, TextIndex index, BlobStore blobs, IngestOptions options,
      IngestListener listener, List<Path> roots) throws IOException, InterruptedException {
    try (TextExtractor extractor = org.dyad.ingest.extract.TikaPipesExtractor.start(options.extractorLimits())) {
      return new IngestPipeline(catalogue, index, blobs, extractor, options, listener).run(roots);
    }
  }

  /**
   * Indexes every catalogued document no committed index holds: after a crash, or after documents
   * were catalogued by other means ({@code dyad attach} of a Spark job's tables).
   *
   * @return how many documents were indexed
   */
  public static long indexCatalogued(DocumentStore catalogue, TextIndex index) throws IOException {
    return IndexingWriter.reconcile(catalogue, index);
  }

  public IngestReport run(List<Path> roots) throws IOException, InterruptedException {
    Instant started = Instant.now();
    long reindexed = IndexingWriter.reconcile(catalogue, index);
    KnownDocuments known = KnownDocuments.load(catalogue);
    CorpusScanner scanner = new CorpusScanner(blobs, options.scanLimits(), known::contains);
    plan(scanner, roots);
    Counters counters = new Counters();
    ExecutorService scanning = boundedPool("dyad-scan", options.threads());
    ExecutorService extracting = boundedPool("dyad-extract", options.extractorLimits().processes() + 1);
    try (IndexingWriter writer = new IndexingWriter(catalogue, index)) {
      ScanSink sink = new PipelineSink(extracting, writer, counters);
      scanner.walk(roots, options.outlet(),
          (file, outlet) -> scanning.execute(() -> stageQuietly(scanner, file, outlet, sink)), sink);
      finish(scanning);
      finish(extracting);
    } finally {
      scanning.shutdownNow();
      extracting.shutdownNow();
    }
    return new IngestReport(counters.ingested.get(), counters.duplicates.get(), counters.failed.get(), reindexed,
        counters.bytes.get(), Duration.between(started, Instant.now()));
  }

  private void plan(CorpusScanner scanner, List<Path> roots) throws IOException {
    AtomicLong files = new AtomicLong();
    AtomicLong bytes = new AtomicLong();
    scanner.walk(roots, options.outlet(), (file, outlet) -> {
      files.incrementAndGet();
      try {
        bytes.addAndGet(Files.size(file));
      } catch (IOException unreadable) {
        // Reported by the real walk.
      }
    }, new ScanSink() {
      @Override
      public void staged(StagedFile file) {}

      @Override
      public void duplicate(String path, long size) {}

      @Override
      public void failed(IngestFailure failure) {}
    });
    listener.planned(files.get(), bytes.get());
  }

  private static void stageQuietly(CorpusScanner scanner, Path file, String outlet, ScanSink sink) {
    try {
      scanner.stage(file, outlet, sink);
    } catch (InterruptedException stopped) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException bug) {
      // A task that dies silently would lose the file: record it like any other failure.
      sink.failed(new IngestFailure(file.toString(), IngestFailure.Stage.SCAN, unexpected(bug), Instant.now()));
    }
  }

  private static String unexpected(RuntimeException bug) {
    return "unexpected error (" + bug.getClass().getSimpleName() + "): " + bug.getMessage();
  }

  /** Routes scanner results: new files to extraction, the rest to the counters and listener. */
  private final class PipelineSink implements ScanSink {
    private final ExecutorService extracting;
    private final IndexingWriter writer;
    private final Counters counters;

    PipelineSink(ExecutorService extracting, IndexingWriter writer, Counters counters) {
      this.extracting = extracting;
      this.writer = writer;
      this.counters = counters;
    }

    @Override
    public void staged(StagedFile file) {
      extracting.execute(() -> extract(file, writer, counters, this));
    }

    @Override
    public void duplicate(String path, long size) {
      counters.duplicates.incrementAndGet();
      counters.bytes.addAndGet(size);
      listener.done(path, size, IngestListener.Outcome.DUPLICATE);
    }

    @Override
    public void failed(IngestFailure failure) {
      counters.failed.incrementAndGet();
      try {
        catalogue.recordFailure(failure);
      } catch (IOException e) {
        listener.warning(failure.path(), "the failure could not be recorded: " + e.getMessage());
      }
      listener.failed(failure);
      listener.done(failure.path(), 0, IngestListener.Outcome.FAILED);
    }
  }

  private void extract(StagedFile file, IndexingWriter writer, Counters counters, ScanSink sink) {
    try {
      Extraction extraction = extractText(file);
      String text = extraction.text();
      if (text.isBlank()) {
        sink.failed(new IngestFailure(file.path(), IngestFailure.Stage.EXTRACT, noTextReason(extraction), Instant.now()));
        return;
      }
      for (String warning : extraction.warnings()) {
        listener.warning(file.path(), warning);
      }
      Document document = describer.describe(file, text, extraction.metadata(), options.grade());
      writer.write(new DocumentText(document, text));
      counters.ingested.incrementAndGet();
      counters.bytes.addAndGet(file.size());
      listener.done(file.path(), file.size(), IngestListener.Outcome.INGESTED);
    } catch (ExtractionException e) {
      sink.failed(new IngestFailure(file.path(), IngestFailure.Stage.EXTRACT, e.getMessage(), Instant.now()));
    } catch (IOException e) {
      sink.failed(new IngestFailure(file.path(), IngestFailure.Stage.INDEX, e.getMessage(), Instant.now()));
    } catch (InterruptedException stopped) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException bug) {
      sink.failed(new IngestFailure(file.path(), IngestFailure.Stage.EXTRACT, unexpected(bug), Instant.now()));
    }
  }

  private Extraction extractText(StagedFile file) throws ExtractionException, InterruptedException, IOException {
    Path blob = blobs.path(file.sha256());
    if (PlainTextDecoder.handles(file.fileName(), file.size())) {
      var decoded = PlainTextDecoder.decode(Files.readAllBytes(blob));
      if (decoded.isPresent()) {
        return decoded.get();
      }
    }
    return extractor.extract(blob, file.fileName());
  }

  private String noTextReason(Extraction extraction) {
    String type = String.valueOf(extraction.get("Content-Type"));
    if (type.startsWith("application/pdf") || type.startsWith("image/")) {
      return ocr.available()
          ? "no text layer, and OCR found no text"
          : "no text layer (a scan?) and OCR is unavailable: install tesseract-ocr and ingest again";
    }
    return "no text found in the file";
  }

  private static ExecutorService boundedPool(String name, int threads) {
    AtomicLong counter = new AtomicLong();
    return new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS, new ArrayBlockingQueue<>(threads * 4),
        runnable -> Thread.ofPlatform().name(name + "-" + counter.incrementAndGet()).daemon().unstarted(runnable),
        new ThreadPoolExecutor.CallerRunsPolicy());
  }

  private static void finish(ExecutorService pool) throws InterruptedException {
    pool.shutdown();
    while (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
      // Parsers have their own time limits; keep waiting for the last of them.
    }
  }

  private static final class Counters {
    final AtomicLong ingested = new AtomicLong();
    final AtomicLong duplicates = new AtomicLong();
    final AtomicLong failed = new AtomicLong();
    final AtomicLong bytes = new AtomicLong();
  }
}
