package org.dyad.nlp.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The PLOVER gold-standard records ({@code PLOVER_GSR_CAMEO.txt}, Open Event Data Alliance) and
 * the warnings for those that could not be read as written.
 *
 * <p>The file is one JSON array. Elements whose {@code event} is {@code DOCUMENT} document the
 * file and are skipped without taking a position. Every other element takes the next position,
 * even when it is malformed and skipped, so that one broken record does not move the others
 * between the {@link Half halves}. A record has {@code id}, {@code date} ({@code yyyy-mm-dd}),
 * {@code text}, {@code event}, and {@code source} and {@code target}, each a list of {@code
 * {"actorText", "code", "sector"}} (sector optional, ignored) or {@code ""} or absent for none.
 * When {@code textInfo.markup} marks actors {@code (SRC/TAR: ...)}, the record is {@link
 * PloverRecord#reciprocal}.
 *
 * <p>Reading is lenient, since the file is edited by hand: comments and trailing commas are
 * allowed, and content problems become {@link RecordWarning}s naming the record's position and
 * id, never exceptions. A record without id, date or text is skipped; an actor without text, or
 * without a code that has a three-letter root, is skipped; a {@code source} or {@code target}
 * that is neither a list nor empty is read as none (a single actor object is read as a list of
 * one). Only a file that is not JSON, or not an array, is an {@link IOException}.
 */
public record PloverRecords(List<PloverRecord> records, List<RecordWarning> warnings) {

  private static final String HEADER_EVENT = "DOCUMENT";
  private static final String RECIPROCAL_MARK = "(SRC/TAR:";

  public PloverRecords {
    records = List.copyOf(records);
    warnings = List.copyOf(warnings);
  }

  /** Reads {@code file} as UTF-8. */
  public static PloverRecords read(Path file) throws IOException {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(reader, file.getFileName().toString());
    }
  }

  /** Reads the characters of {@code reader}; {@code source} names them in warnings and errors. */
  public static PloverRecords read(Reader reader, String source) throws IOException {
    JsonNode root = LenientJson.read(reader, source);
    if (root == null || !root.isArray()) {
      throw new IOException(source + ": expected a JSON array of PLOVER records, found "
          + (root == null || root.isMissingNode() ? "nothing" : root.getNodeType().toString().toLowerCase(Locale.ROOT)));
    }
    Parser parser = new Parser(source);
    int position = 0;
    for (JsonNode node : root) {
      if (!HEADER_EVENT.equals(LenientJson.text(node, "event"))) {
        parser.record(node, ++position);
      }
    }
    return new PloverRecords(parser.records, parser.warnings);
  }

  /** The records of {@code half}, in file order. */
  public List<PloverRecord> half(Half half) {
    Objects.requireNonNull(half, "half");
    return records.stream().filter(r -> half.includes(r.position())).toList();
  }

  /** Turns array elements into records, collecting the warnings. */
  private static final class Parser {

    private final String source;
    private final List<PloverRecord> records = new ArrayList<>();
    private final List<RecordWarning> warnings = new ArrayList<>();

    Parser(String source) {
      this.source = source;
    }

    void record(JsonNode node, int position) {
      if (!node.isObject()) {
        warn(position, "", "is " + excerpt(node) + ", not a JSON object; skipped");
        return;
      }
      String id = LenientJson.text(node, "id");
      if (id == null || id.isBlank()) {
        warn(position, "", "has no id; skipped");
        return;
      }
      LocalDate date = LenientJson.day(node, "date");
      String text = LenientJson.text(node, "text");
      if (date == null || text == null || text.isBlank()) {
        warn(position, id, date == null ? "has no date as yyyy-mm-dd; skipped" : "has no text; skipped");
        return;
      }
      String event = LenientJson.text(node, "event");
      records.add(new PloverRecord(position, id, date, text, event == null ? "" : event,
          actors(node, "source", text, position, id), actors(node, "target", text, position, id),
          marksReciprocal(node)));
    }

    /** Whether the record's {@code textInfo.markup} marks an actor as both source and target. */
    private static boolean marksReciprocal(JsonNode record) {
      JsonNode info = record.get("textInfo");
      String markup = info == null || !info.isObject() ? null : LenientJson.text(info, "markup");
      return markup != null && markup.contains(RECIPROCAL_MARK);
    }

    private List<GoldActor> actors(JsonNode record, String field, String text, int position, String id) {
      JsonNode value = record.get(field);
      List<GoldActor> actors = new ArrayList<>();
      if (value == null || value.isNull() || value.isTextual() && value.textValue().isBlank()) {
        return actors;
      }
      if (!value.isArray() && !value.isObject()) {
        warn(position, id, field + " is " + excerpt(value) + ", neither a list of actors nor empty; read as none");
        return actors;
      }
      Iterable<JsonNode> elements = value.isArray() ? value : List.of(value);
      int index = 0;
      for (JsonNode element : elements) {
        index++;
        GoldActor actor = actor(element, text);
        if (actor == null) {
          warn(position, id, field + " " + index + " is " + excerpt(element)
              + ", not an actor with actorText and a code with a three-letter root; skipped");
        } else {
          actors.add(actor);
        }
      }
      return actors;
    }

    private static GoldActor actor(JsonNode element, String text) {
      String actorText = LenientJson.text(element, "actorText");
      String code = LenientJson.text(element, "code");
      if (actorText == null || actorText.isBlank() || code == null || !CameoRoot.hasRoot(code)) {
        return null;
      }
      return GoldActor.locatedIn(text, actorText.strip(), code);
    }

    private void warn(int position, String id, String message) {
      warnings.add(new RecordWarning(source, position, id, message));
    }

    private static String excerpt(JsonNode node) {
      String json = node.toString();
      return json.length() <= 40 ? json : json.substring(0, 37) + "...";
    }
  }
}
