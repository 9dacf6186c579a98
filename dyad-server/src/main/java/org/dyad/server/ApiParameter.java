package org.dyad.server;

import java.util.Objects;

/**
 * One parameter of an API route, as the OpenAPI description states it.
 *
 * @param name the parameter's name
 * @param in {@code query} or {@code path}
 * @param type the JSON schema type: {@code string}, {@code integer}, {@code number} or {@code boolean}
 * @param format a JSON schema format ({@code date}), or null
 * @param required whether a request must give it
 * @param description one line for the reader of the description
 */
public record ApiParameter(String name, String in, String type, String format, boolean required, String description) {

  public ApiParameter {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    if (!in.equals("query") && !in.equals("path")) {
      throw new IllegalArgumentException("a parameter is in the query or the path, not '" + in + "'");
    }
    if (!type.equals("string") && !type.equals("integer") && !type.equals("number") && !type.equals("boolean")) {
      throw new IllegalArgumentException("unsupported parameter type '" + type + "'");
    }
  }

  static ApiParameter path(String name, String description) {
    return new ApiParameter(name, "path", "string", null, true, description);
  }

  static ApiParameter query(String name, String description) {
    return new ApiParameter(name, "query", "string", null, false, description);
  }

  static ApiParameter required(String name, String description) {
    return new ApiParameter(name, "query", "string", null, true, description);
  }

  static ApiParameter integer(String name, String description) {
    return new ApiParameter(name, "query", "integer", null, false, description);
  }

  static ApiParameter decimal(String name, String description) {
    return new ApiParameter(name, "query", "number", null, false, description);
  }

  static ApiParameter date(String name, String description) {
    return new ApiParameter(name, "query", "string", "date", false, description);
  }

  static ApiParameter flag(String name, String description) {
    return new ApiParameter(name, "query", "boolean", null, false, description);
  }
}
