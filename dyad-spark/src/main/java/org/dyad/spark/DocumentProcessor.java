package org.dyad.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.dyad.core.model.Document;
import org.dyad.core.model.IngestFailure;
import org.dyad.core.nlp.Mention;
import org.dyad.core.nlp.ParsedSentence;
import org.dyad.core.nlp.Sentence;
import org.dyad.ingest.describe.DocumentDescriber;
import org.dyad.ingest.extract.Extraction;
import org.dyad.ingest.extract.ExtractionException;
import org.dyad.ingest.extract.PlainTextDecoder;
import org.dyad.ingest.scan.StagedFile;
import org.dyad.nlp.coding.DocumentCoder;
import org.dyad.nlp.conllu.ConlluWriter;

/**
 * Runs on the executors: turns one input document into its rows of every workspace table, the way
 * the embedded pipeline does — extract (plain UTF-8 text in process, anything else through Tika's
 * parser processes), describe (title, date, language), split, resolve actors, parse the sentences
 * naming two actors, code events. A document that fails yields a failure row naming its path and
 * what went wrong, never an exception that would fail the task: the job goes on.
 */
final class DocumentProcessor {

  private static final Row[] NONE = new Row[0];

  private final DocumentDescriber describer = new DocumentDescriber();

  /** Processes one partition of {@link WorkspaceTables#INPUT} rows with an {@code id} column. */
  static Iterator<Row> processAll(Iterator<Row> inputs) {
    DocumentProcessor processor = new DocumentProcessor();
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return inputs.hasNext();
      }

      @Override
      public Row next() {
        return processor.process(inputs.next());
      }
    };
  }

  Row process(Row input) {
    String path = input.getAs("path");
    Timestamp now = Timestamp.from(Instant.now());
    String text;
    Map<String, String> metadata;
    try {
      Extraction extraction = extract(input);
      text = extraction.text();
      metadata = extraction.metadata();
    } catch (ExtractionException | IOException | RuntimeException e) {
      return failed(path, IngestFailure.Stage.EXTRACT, reason(e), now);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return failed(path, IngestFailure.Stage.EXTRACT, "interrupted while the parser ran", now);
    }
    if (text.isBlank()) {
      return failed(path, IngestFailure.Stage.EXTRACT, "no text found in the file", now);
    }
    Document document;
    try {
      document = describe(input, text, metadata);
    } catch (IllegalArgumentException e) {
      return failed(path, IngestFailure.Stage.EXTRACT, reason(e), now);
    }
    Row documentRow = TableRows.document(document, text, now);
    try {
      return annotated(documentRow, ExecutorPipeline.coder().annotateAndCode(document.id(), document.date(), text));
    } catch (RuntimeException e) {
      // As in the embedded annotate stage: the document is kept, searchable, with no annotations.
      Row failure = TableRows.failure(path, IngestFailure.Stage.ANNOTATE, "annotation failed: " + reason(e), now);
      return RowFactory.create(documentRow, NONE, NONE, NONE, failure);
    }
  }

  private static Extraction extract(Row input) throws ExtractionException, IOException, InterruptedException {
    String text = input.getAs("text");
    if (text != null) {
      return new Extraction(text, Map.of("Content-Type", "text/plain; charset=UTF-8"), List.of());
    }
    byte[] bytes = input.getAs("bytes");
    String fileName = input.getAs("file_name");
    if (PlainTextDecoder.handles(fileName, bytes.length)) {
      Optional<Extraction> decoded = PlainTextDecoder.decode(bytes);
      if (decoded.isPresent()) {
        return decoded.get();
      }
    }
    // The parser processes read files: the bytes go to a local temporary file for the time of the parse.
    Path file = Files.createTempFile("dyad-spark-", ".bin");
    try {
      Files.write(file, bytes);
      return ExecutorPipeline.extractor().extract(file, fileName);
    } finally {
      Files.deleteIfExists(file);
    }
  }

  private Document describe(Row input, String text, Map<String, String> metadata) {
    String id = input.getAs("id");
    byte[] bytes = input.getAs("bytes");
    long size = bytes != null ? bytes.length : text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    String outlet = input.getAs("outlet");
    StagedFile file = new StagedFile(id, size, input.getAs("path"), input.getAs("file_name"), outlet == null ? "" : outlet);
    Document described = describer.describe(file, text, metadata, null);
    String date = input.getAs("date");
    if (date == null || date.isBlank()) {
      return described;
    }
    return new Document(described.id(), described.path(), described.fileName(), described.outlet(), described.title(),
        described.author(), recordDate(date), Document.DateSource.METADATA, described.language(),
        described.mimeType(), described.size(), described.grade());
  }

  private static LocalDate recordDate(String date) {
    try {
      return LocalDate.parse(date.strip());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("the date '" + date + "' is not yyyy-mm-dd");
    }
  }

  private static Row annotated(Row document, DocumentCoder.Annotated annotated) {
    List<Row> sentences = new ArrayList<>();
    for (Sentence sentence : annotated.sentences()) {
      ParsedSentence parse = annotated.parses().get(sentence.index());
      sentences.add(TableRows.sentence(sentence, parse == null ? null : ConlluWriter.write(parse)));
    }
    List<Row> mentions = new ArrayList<>();
    for (Mention mention : annotated.mentions()) {
      mentions.add(TableRows.mention(mention));
    }
    Row[] events = annotated.events().stream().map(TableRows::event).toArray(Row[]::new);
    return RowFactory.create(document, sentences.toArray(NONE), mentions.toArray(NONE), events, null);
  }

  static Row failed(String path, IngestFailure.Stage stage, String reason, Timestamp at) {
    return RowFactory.create(null, NONE, NONE, NONE, TableRows.failure(path, stage, reason, at));
  }

  private static String reason(Exception e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
