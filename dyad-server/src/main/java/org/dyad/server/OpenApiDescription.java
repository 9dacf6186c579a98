package org.dyad.server;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The OpenAPI 3.1 description of the API, built from the same route table that registers the
 * routes, so every route is described and every described route exists.
 */
final class OpenApiDescription {

  private OpenApiDescription() {}

  /** The description as nested maps, ready for the JSON writer. */
  static Map<String, Object> of(List<ApiRoute> routes, String version) {
    Map<String, Object> paths = new LinkedHashMap<>();
    for (ApiRoute route : routes) {
      @SuppressWarnings("unchecked")
      Map<String, Object> operations = (Map<String, Object>) paths.computeIfAbsent(route.path(), p -> new LinkedHashMap<>());
      operations.put(route.method().name().toLowerCase(Locale.ROOT), operation(route));
    }
    Map<String, Object> description = new LinkedHashMap<>();
    description.put("openapi", "3.1.0");
    description.put("info", Map.of("title", "Dyad", "version", version,
        "description", "Search, documents, actors, events, relations, networks, hypotheses, source grades, sanctions and ingestion"
            + " of a Dyad workspace."));
    description.put("paths", paths);
    return description;
  }

  private static Map<String, Object> operation(ApiRoute route) {
    Map<String, Object> operation = new LinkedHashMap<>();
    operation.put("summary", route.summary());
    operation.put("operationId", operationId(route));
    List<Map<String, Object>> parameters = new ArrayList<>();
    for (ApiParameter parameter : route.parameters()) {
      Map<String, Object> schema = new LinkedHashMap<>();
      schema.put("type", parameter.type());
      if (parameter.format() != null) {
        schema.put("format", parameter.format());
      }
      Map<String, Object> described = new LinkedHashMap<>();
      described.put("name", parameter.name());
      described.put("in", parameter.in());
      described.put("required", parameter.required());
      described.put("description", parameter.description());
      described.put("schema", schema);
      parameters.add(described);
    }
    operation.put("parameters", parameters);
    Map<String, Object> responses = new LinkedHashMap<>();
    responses.put(Integer.toString(route.status()), Map.of("description", "success",
        "content", Map.of(route.produces(), Map.of())));
    responses.put("400", Map.of("description", "a parameter is invalid: {\"error\": one line}"));
    if (route.path().contains("{")) {
      responses.put("404", Map.of("description", "no such resource: {\"error\": one line}"));
    }
    operation.put("responses", responses);
    return operation;
  }

  private static String operationId(ApiRoute route) {
    StringBuilder id = new StringBuilder(route.method().name().toLowerCase(Locale.ROOT));
    for (String part : route.path().substring("/api/".length()).split("/")) {
      String word = part.replace("{", "").replace("}", "").replace(".", "");
      if (!word.isEmpty()) {
        id.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
      }
    }
    return id.toString();
  }
}
