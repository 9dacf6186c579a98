package org.dyad.server;

import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.util.List;
import java.util.Objects;

/**
 * One route of the REST API: what registers it with the server and what describes it in {@code
 * /api/openapi.json}, kept together so that neither can drift from the other.
 *
 * @param method the HTTP method
 * @param path the path, with {@code {name}} for path parameters (the syntax both Javalin and OpenAPI use)
 * @param summary one line saying what the route does
 * @param parameters its query and path parameters
 * @param produces the media type of a successful response
 * @param status the status of a successful response (200, or 202 for work accepted)
 * @param handler what answers it
 */
public record ApiRoute(HandlerType method, String path, String summary, List<ApiParameter> parameters, String produces,
    int status, Handler handler) {

  public ApiRoute {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(produces, "produces");
    Objects.requireNonNull(handler, "handler");
    parameters = List.copyOf(parameters);
    if (!path.startsWith("/api/")) {
      throw new IllegalArgumentException("API routes live under /api/: " + path);
    }
    for (ApiParameter parameter : parameters) {
      boolean inPath = path.contains("{" + parameter.name() + "}");
      if (inPath != parameter.in().equals("path")) {
        throw new IllegalArgumentException(path + ": parameter '" + parameter.name() + "' is declared in the wrong place");
      }
    }
  }

  static ApiRoute get(String path, String summary, List<ApiParameter> parameters, Handler handler) {
    return new ApiRoute(HandlerType.GET, path, summary, parameters, "application/json", 200, handler);
  }

  ApiRoute producing(String mediaType) {
    return new ApiRoute(method, path, summary, parameters, mediaType, status, handler);
  }

  ApiRoute answering(int newStatus) {
    return new ApiRoute(method, path, summary, parameters, produces, newStatus, handler);
  }

  static ApiRoute post(String path, String summary, List<ApiParameter> parameters, String consumes, Handler handler) {
    return new ApiRoute(HandlerType.POST, path, summary + " (request body: " + consumes + ")", parameters,
        "application/json", 202, handler);
  }

  /** A route that replaces what {@code path} names with the JSON body, answering 200 with the result. */
  static ApiRoute put(String path, String summary, List<ApiParameter> parameters, Handler handler) {
    return new ApiRoute(HandlerType.PUT, path, summary + " (request body: application/json)", parameters,
        "application/json", 200, handler);
  }
}
