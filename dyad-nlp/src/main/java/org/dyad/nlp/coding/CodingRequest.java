package org.dyad.nlp.coding;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * One line of {@code dyad code}'s input: {@code {"id","date","text"}}. The date is optional
 * ({@code yyyy-mm-dd}); without it, relative dates stay unresolved and events carry no date.
 *
 * @param id the document id the events carry as {@code doc}
 * @param date the document's date, or null
 * @param text the text to code; event offsets index into it
 */
public record CodingRequest(String id, LocalDate date, String text) {

  private static final ObjectMapper JSON = new ObjectMapper();

  public CodingRequest {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
  }

  /**
   * Reads one JSON Lines record.
   *
   * @throws IllegalArgumentException with a one-line reason when the line is not such a record
   */
  public static CodingRequest parse(String line) {
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (Exception e) {
      throw new IllegalArgumentException("not a JSON object: " + firstLine(e.getMessage()));
    }
    if (node == null || !node.isObject()) {
      throw new IllegalArgumentException("not a JSON object");
    }
    JsonNode id = node.get("id");
    JsonNode text = node.get("text");
    if (id == null || !(id.isTextual() || id.isNumber()) || id.asText().isBlank()) {
      throw new IllegalArgumentException("\"id\" is missing or not a string");
    }
    if (text == null || !text.isTextual()) {
      throw new IllegalArgumentException("record " + id.asText() + ": \"text\" is missing or not a string");
    }
    JsonNode date = node.get("date");
    LocalDate parsed = null;
    if (date != null && !date.isNull()) {
      try {
        parsed = LocalDate.parse(date.asText());
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException("record " + id.asText() + ": \"date\" is not yyyy-mm-dd: '" + date.asText() + "'");
      }
    }
    return new CodingRequest(id.asText(), parsed, text.asText());
  }

  private static String firstLine(String message) {
    return message == null ? "" : message.lines().findFirst().orElse("");
  }
}
