package org.dyad.nlp.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The events of the sample corpus's answer key ({@code sample-corpus/expected.jsonl}; its
 * README describes the format) and the warnings for what could not be read.
 *
 * <p>One JSON object per line. Lines of type {@code document} carry the document's {@code
 * file} and its {@code events}, each with {@code source}, {@code target}, {@code date} and
 * {@code sentence}, and optionally {@code code} and {@code cluster}. Lines of type {@code verdict}
 * give the expected verdict for a dyad ({@link ExpectedVerdict}); lines of other types are
 * skipped. Blank lines are skipped. A line that is not JSON, a document
 * without a file, and an event missing one of those four fields are warnings naming the line,
 * and are skipped.
 *
 * @param documents the document lines read
 * @param events the expected events, in file order
 * @param warnings what could not be read, in line order
 * @param verdicts the expected dyad verdicts, in file order
 */
public record AnswerKey(int documents, List<ExpectedEvent> events, List<RecordWarning> warnings, List<ExpectedVerdict> verdicts) {

  /** A key without verdict lines. */
  public AnswerKey(int documents, List<ExpectedEvent> events, List<RecordWarning> warnings) {
    this(documents, events, warnings, List.of());
  }

  public AnswerKey {
    if (documents < 0) {
      throw new IllegalArgumentException("document count is negative: " + documents);
    }
    events = List.copyOf(events);
    warnings = List.copyOf(warnings);
    verdicts = List.copyOf(verdicts);
  }

  /** Reads {@code file} as UTF-8. */
  public static AnswerKey read(Path file) throws IOException {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(reader, file.getFileName().toString());
    }
  }

  /** Reads the lines of {@code reader}; {@code source} names them in warnings. */
  public static AnswerKey read(Reader reader, String source) throws IOException {
    BufferedReader lines = reader instanceof BufferedReader buffered ? buffered : new BufferedReader(reader);
    List<ExpectedEvent> events = new ArrayList<>();
    List<RecordWarning> warnings = new ArrayList<>();
    List<ExpectedVerdict> verdicts = new ArrayList<>();
    int documents = 0;
    int number = 0;
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      number++;
      if (line.isBlank()) {
        continue;
      }
      JsonNode node;
      try {
        node = LenientJson.readLine(line);
      } catch (JsonProcessingException e) {
        warnings.add(new RecordWarning(source, number, "", "not JSON: " + LenientJson.describe(e) + "; skipped"));
        continue;
      }
      if ("verdict".equals(LenientJson.text(node, "type"))) {
        ExpectedVerdict.read(node, number, source, warnings).ifPresent(verdicts::add);
        continue;
      }
      if (!"document".equals(LenientJson.text(node, "type"))) {
        continue;
      }
      String file = LenientJson.text(node, "file");
      if (file == null || file.isBlank()) {
        warnings.add(new RecordWarning(source, number, "", "document line without a file; skipped"));
        continue;
      }
      documents++;
      readEvents(node.get("events"), file, number, source, events, warnings);
    }
    return new AnswerKey(documents, events, warnings, verdicts);
  }

  private static void readEvents(JsonNode list, String file, int number, String source,
      List<ExpectedEvent> events, List<RecordWarning> warnings) {
    if (list == null || list.isNull()) {
      return;
    }
    if (!list.isArray()) {
      warnings.add(new RecordWarning(source, number, file, "events is not a list; read as none"));
      return;
    }
    int index = 0;
    for (JsonNode event : list) {
      index++;
      String actor = LenientJson.text(event, "source");
      String target = LenientJson.text(event, "target");
      LocalDate date = LenientJson.day(event, "date");
      String sentence = LenientJson.text(event, "sentence");
      if (isBlank(actor) || isBlank(target) || date == null || isBlank(sentence)) {
        warnings.add(new RecordWarning(source, number, file,
            "event " + index + " lacks a source, target, yyyy-mm-dd date or sentence; skipped"));
      } else {
        String code = LenientJson.text(event, "code");
        String cluster = LenientJson.text(event, "cluster");
        events.add(new ExpectedEvent(file, number, actor.strip(), target.strip(), date, sentence,
            isBlank(code) ? null : code.strip(), isBlank(cluster) ? null : cluster.strip()));
      }
    }
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }
}
