package org.dyad.server;

import io.javalin.http.Context;
import org.dyad.core.json.DyadJson;

/** Writes API answers with Dyad's one JSON writer, so the API and the CLI's {@code --json} agree. */
final class JsonResponses {

  static final String JSON = "application/json; charset=utf-8";

  private JsonResponses() {}

  static void send(Context ctx, Object value) {
    ctx.contentType(JSON).result(DyadJson.write(value));
  }

  /** The body of every error answer: one line. */
  record ApiError(String error) {}

  static void error(Context ctx, int status, String message) {
    String line = message == null ? "error" : message.lines().findFirst().orElse("error").strip();
    ctx.status(status).contentType(JSON).result(DyadJson.write(new ApiError(line)));
  }
}
