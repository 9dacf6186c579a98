package org.dyad.ingest.extract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.pipes.FetchEmitTuple;
import org.apache.tika.pipes.HandlerConfig;
import org.apache.tika.pipes.PipesConfig;
import org.apache.tika.pipes.PipesException;
import org.apache.tika.pipes.PipesParser;
import org.apache.tika.pipes.PipesResult;
import org.apache.tika.pipes.emitter.EmitKey;
import org.apache.tika.pipes.fetcher.FetchKey;
import org.apache.tika.sax.BasicContentHandlerFactory;

/**
 * Extracts text with Apache Tika in forked parser processes (tika-pipes). Each process has a heap
 * limit and each file a time limit; a process that hangs, runs out of memory or crashes is
 * replaced and the file is reported as a failure, so hostile files cost one file, not the run.
 * Archives inside containers (mail attachments, embedded documents) are parsed recursively and
 * their text concatenated.
 */
public final class TikaPipesExtractor implements TextExtractor {

  private static final String CONTENT = "X-TIKA:content";
  private static final String CONTAINER_EXCEPTION = "X-TIKA:EXCEPTION:container_exception";
  private static final String EMBEDDED_EXCEPTION = "X-TIKA:EXCEPTION:embedded_exception";
  private static final String WRITE_LIMIT_REACHED = "X-TIKA:EXCEPTION:write_limit_reached";

  private final ExtractorLimits limits;
  private final Path configFile;
  private final Path namingDir;
  private final PipesParser parser;
  private final AtomicLong sequence = new AtomicLong();

  private TikaPipesExtractor(ExtractorLimits limits, Path configFile, Path namingDir, PipesParser parser) {
    this.limits = limits;
    this.configFile = configFile;
    this.namingDir = namingDir;
    this.parser = parser;
  }

  /** Starts the parser processes lazily, on the first file. */
  public static TikaPipesExtractor start(ExtractorLimits limits) throws IOException {
    String javaPath = ProcessHandle.current().info().command().orElse("java");
    Path config = TikaConfigFile.write(limits, javaPath, List.of());
    try {
      PipesConfig pipesConfig = PipesConfig.load(config);
      Path namingDir = Files.createTempDirectory("dyad-extract-");
      return new TikaPipesExtractor(limits, config, namingDir, new PipesParser(pipesConfig));
    } catch (org.apache.tika.exception.TikaConfigException | RuntimeException e) {
      Files.deleteIfExists(config);
      throw new IOException("cannot configure the Tika parsers: " + e.getMessage(), e);
    }
  }

  @Override
  public Extraction extract(Path file, String fileName) throws ExtractionException, InterruptedException {
    Metadata given = new Metadata();
    given.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
    ParseContext context = new ParseContext();
    context.set(
        HandlerConfig.class,
        new HandlerConfig(
            BasicContentHandlerFactory.HANDLER_TYPE.TEXT,
            HandlerConfig.PARSE_MODE.CONCATENATE,
            limits.maxTextChars(),
            10_000,
            false));
    long id = sequence.incrementAndGet();
    Path named;
    try {
      named = nameForDetection(file, fileName, id);
    } catch (IOException e) {
      throw new ExtractionException("cannot stage the file for the parser: " + firstLine(e.getMessage()), e);
    }
    try {
      return parse(named, id, given, context);
    } finally {
      deleteQuietly(named);
      deleteQuietly(named.getParent());
    }
  }

  /**
   * Blobs are named by digest, but type detection needs the original name ("report.docx"), and
   * the fetcher gives the parser the name of the path it opens: so the parser opens a link with
   * that name.
   */
  private Path nameForDetection(Path blob, String fileName, long id) throws IOException {
    Path folder = Files.createDirectory(namingDir.resolve(Long.toString(id)));
    return Files.createSymbolicLink(folder.resolve(safeName(fileName)), blob.toAbsolutePath());
  }

  static String safeName(String fileName) {
    String safe = fileName.replaceAll("[^A-Za-z0-9._-]", "_");
    if (safe.isEmpty() || safe.startsWith(".")) {
      safe = "file" + safe;
    }
    return safe.length() <= 120 ? safe : safe.substring(safe.length() - 120);
  }

  private static void deleteQuietly(Path path) {
    try {
      Files.deleteIfExists(path);
    } catch (IOException ignored) {
      // A stray link in a temporary folder is harmless.
    }
  }

  private Extraction parse(Path named, long id, Metadata given, ParseContext context)
      throws ExtractionException, InterruptedException {
    String key = named.toAbsolutePath().toString().substring(1);
    FetchEmitTuple tuple = new FetchEmitTuple(
        Long.toString(id),
        new FetchKey("fs", key),
        EmitKey.NO_EMIT,
        given,
        context,
        FetchEmitTuple.ON_PARSE_EXCEPTION.EMIT);
    PipesResult result;
    try {
      result = parser.parse(tuple);
    } catch (PipesException | IOException e) {
      throw new ExtractionException("the parser processes failed: " + firstLine(e.getMessage()), e);
    }
    return toExtraction(result);
  }

  private Extraction toExtraction(PipesResult result) throws ExtractionException {
    switch (result.getStatus()) {
      case TIMEOUT -> throw new ExtractionException(
          "the parser took longer than " + limits.timeout().toSeconds() + " s and was stopped");
      case OOM -> throw new ExtractionException(
          "the parser ran out of memory (heap limit " + limits.heapMegabytes() + " MB)");
      case UNSPECIFIED_CRASH -> throw new ExtractionException(
          "the parser process crashed" + detail(result.getMessage()));
      case PARSE_SUCCESS, PARSE_SUCCESS_WITH_EXCEPTION, EMIT_SUCCESS, EMIT_SUCCESS_PARSE_EXCEPTION,
          PARSE_EXCEPTION_EMIT -> {
        return fromMetadata(result);
      }
      default -> throw new ExtractionException(
          "the parser failed (" + result.getStatus() + ")" + detail(result.getMessage()));
    }
  }

  private static Extraction fromMetadata(PipesResult result) throws ExtractionException {
    if (result.getEmitData() == null || result.getEmitData().getMetadataList().isEmpty()) {
      throw new ExtractionException("the parser returned nothing (" + result.getStatus() + ")");
    }
    Metadata first = result.getEmitData().getMetadataList().getFirst();
    String containerException = first.get(CONTAINER_EXCEPTION);
    if (containerException != null) {
      throw new ExtractionException(ParserErrors.reason(containerException));
    }
    List<String> warnings = new ArrayList<>();
    if (first.get(EMBEDDED_EXCEPTION) != null) {
      warnings.add("an embedded file could not be read: " + ParserErrors.reason(first.get(EMBEDDED_EXCEPTION)));
    }
    if ("true".equals(first.get(WRITE_LIMIT_REACHED))) {
      warnings.add("text cut at the length limit");
    }
    Map<String, String> metadata = new HashMap<>();
    for (String name : first.names()) {
      if (!name.equals(CONTENT) && first.get(name) != null) {
        metadata.put(name, first.get(name));
      }
    }
    String text = first.get(CONTENT);
    return new Extraction(text == null ? "" : text, metadata, warnings);
  }

  private static String detail(String message) {
    return message == null || message.isBlank() ? "" : ": " + firstLine(message);
  }

  static String firstLine(String message) {
    if (message == null) {
      return "unknown error";
    }
    int newline = message.indexOf('\n');
    return (newline < 0 ? message : message.substring(0, newline)).strip();
  }

  @Override
  public void close() {
    try {
      parser.close();
    } catch (IOException ignored) {
      // Parser processes end with their input closed; nothing useful to report at shutdown.
    } finally {
      deleteQuietly(configFile);
      deleteQuietly(namingDir);
    }
  }
}
