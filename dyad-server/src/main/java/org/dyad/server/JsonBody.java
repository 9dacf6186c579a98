package org.dyad.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.util.List;
import org.dyad.core.json.DyadJson;

/** The JSON object a write route takes as its body, checked for its fields before anything reads them. */
final class JsonBody {

  private JsonBody() {}

  /**
   * The body as a JSON object holding no field but {@code fields}.
   *
   * @param what what the body is, in the errors ("a judgement")
   * @throws IllegalArgumentException (400) when the body is not JSON, not an object or has another field
   */
  static JsonNode object(Context ctx, String what, List<String> fields) {
    JsonNode body;
    try {
      body = DyadJson.mapper().readTree(ctx.body());
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("the body is not JSON: " + e.getOriginalMessage());
    }
    if (body == null || !body.isObject()) {
      throw new IllegalArgumentException("the body must be a JSON object {\"" + String.join("\", \"", fields) + "\"}");
    }
    body.fieldNames().forEachRemaining(field -> {
      if (!fields.contains(field)) {
        throw new IllegalArgumentException("unknown field '" + RequestParameters.clip(field) + "': " + what + " has "
            + String.join(", ", fields.subList(0, fields.size() - 1)) + " and " + fields.getLast());
      }
    });
    return body;
  }

  /** The text of a field, or null when it is missing or not a string. */
  static String text(JsonNode body, String field) {
    return body.path(field).isTextual() ? body.path(field).asText() : null;
  }
}
