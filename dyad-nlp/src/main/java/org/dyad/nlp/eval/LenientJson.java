package org.dyad.nlp.eval;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Reads the hand-edited gold files, which may carry comments and trailing commas. Dyad's own
 * output goes through {@link org.dyad.core.json.DyadJson}; this is only for reading gold data.
 */
final class LenientJson {

  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_YAML_COMMENTS)
      .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
      .build();

  private LenientJson() {}

  /** The JSON value of {@code reader}; a syntax error names {@code source}, line and column. */
  static JsonNode read(Reader reader, String source) throws IOException {
    try {
      return MAPPER.readTree(reader);
    } catch (JsonProcessingException e) {
      throw new IOException(source + ": " + describe(e), e);
    }
  }

  /** The JSON value of one line of a JSON Lines file. */
  static JsonNode readLine(String line) throws JsonProcessingException {
    return MAPPER.readTree(line);
  }

  /** The error's one-line message with where it is, without Jackson's source excerpt. */
  static String describe(JsonProcessingException e) {
    JsonLocation where = e.getLocation();
    String message = e.getOriginalMessage().lines().findFirst().orElse("invalid JSON");
    return where == null ? message : message + " (line " + where.getLineNr() + ", column " + where.getColumnNr() + ")";
  }

  /** The text of {@code field}, or null when it is missing, null, or not a string. */
  static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value != null && value.isTextual() ? value.textValue() : null;
  }

  /** The {@code yyyy-mm-dd} day in {@code field}, or null when it is missing or not a day. */
  static LocalDate day(JsonNode node, String field) {
    String value = text(node, field);
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
