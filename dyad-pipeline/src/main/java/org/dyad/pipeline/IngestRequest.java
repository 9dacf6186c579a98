package org.dyad.pipeline;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.dyad.ingest.IngestOptions;
import org.dyad.ingest.extract.ExtractorLimits;

/**
 * What to ingest and how, as {@code dyad ingest} takes it and as the REST API receives it. A null
 * setting keeps Dyad's default.
 *
 * @param paths files, folders and archives, as absolute paths on the machine that ingests
 * @param outlet publisher or collection of every document, or null for the top folder's name
 * @param grade NATO Admiralty grade of every document ({@code B2}), or null
 * @param max_file_size skip files larger than this many bytes, or null
 * @param timeout_seconds longest a parser may spend on one file, or null
 * @param parser_heap_mb heap of each parser process, or null
 * @param ocr_languages Tesseract languages for scans ({@code eng+ara}), or null
 * @param annotate run the annotate and code stages after ingest
 * @param threads parser threads for annotation, 1 to 256
 */
public record IngestRequest(
    List<String> paths,
    String outlet,
    String grade,
    Long max_file_size,
    Integer timeout_seconds,
    Integer parser_heap_mb,
    String ocr_languages,
    boolean annotate,
    int threads) {

  public IngestRequest {
    if (paths == null || paths.isEmpty()) {
      throw new IllegalArgumentException("give at least one file or folder to ingest");
    }
    paths = List.copyOf(paths);
    if (threads < 1 || threads > 256) {
      throw new IllegalArgumentException("threads must be between 1 and 256, got " + threads);
    }
    if (max_file_size != null && max_file_size < 1) {
      throw new IllegalArgumentException("the maximum file size must be positive, got " + max_file_size);
    }
    if (timeout_seconds != null && (timeout_seconds < 1 || timeout_seconds > 86_400)) {
      throw new IllegalArgumentException("the parser timeout must be 1 to 86400 seconds, got " + timeout_seconds);
    }
    if (parser_heap_mb != null && (parser_heap_mb < 64 || parser_heap_mb > 65_536)) {
      throw new IllegalArgumentException("the parser heap must be 64 to 65536 MB, got " + parser_heap_mb);
    }
    if (ocr_languages != null && !ocr_languages.matches("[a-z_]{3,8}(\\+[a-z_]{3,8})*")) {
      throw new IllegalArgumentException("OCR languages are Tesseract codes joined by '+', such as eng+ara, got '" + ocr_languages + "'");
    }
    // Built here, not only when the run starts, so a bad outlet or grade is refused at once.
    options(outlet, grade, max_file_size, timeout_seconds, parser_heap_mb, ocr_languages);
  }

  /** The paths as files of this machine. */
  public List<Path> files() {
    return paths.stream().map(Path::of).toList();
  }

  /** The ingest stage's options: Dyad's defaults with this request's settings. */
  public IngestOptions options() {
    return options(outlet, grade, max_file_size, timeout_seconds, parser_heap_mb, ocr_languages);
  }

  private static IngestOptions options(String outlet, String grade, Long max_file_size, Integer timeout_seconds,
      Integer parser_heap_mb, String ocr_languages) {
    IngestOptions options = IngestOptions.defaults().withOutlet(outlet).withGrade(grade);
    if (max_file_size != null) {
      options = options.withScanLimits(options.scanLimits().withMaxFileBytes(max_file_size));
    }
    ExtractorLimits limits = options.extractorLimits();
    if (timeout_seconds != null) {
      limits = limits.withTimeout(Duration.ofSeconds(timeout_seconds));
    }
    if (parser_heap_mb != null) {
      limits = limits.withHeapMegabytes(parser_heap_mb);
    }
    if (ocr_languages != null) {
      limits = limits.withOcrLanguages(ocr_languages);
    }
    return options.withExtractorLimits(limits);
  }
}
