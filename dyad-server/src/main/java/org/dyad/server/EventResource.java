package org.dyad.server;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import org.dyad.core.event.EventQuery;
import org.dyad.core.event.export.EventJsonLines;
import org.dyad.core.event.export.EventWriter;
import org.dyad.core.event.export.GdeltTsv;
import org.dyad.core.event.export.PloverJson;
import org.dyad.store.Workspace;

/** {@code /api/events}: the coded events, filtered, in the formats {@code dyad events} writes. */
final class EventResource {

  /** The most events one request returns. */
  static final int MAX_LIMIT = 100_000;

  private final Workspace workspace;

  EventResource(Workspace workspace) {
    this.workspace = workspace;
  }

  List<ApiRoute> routes() {
    return List.of(ApiRoute.get("/api/events",
        "Coded events, one JSON event record a line (the lines 'dyad events --json' prints), or GDELT TSV or PLOVER JSON",
        List.of(
            ApiParameter.query("source", "source actor code or its prefix (IRN matches IRNGOV)"),
            ApiParameter.query("target", "target actor code or its prefix"),
            ApiParameter.date("from", "earliest event date, yyyy-mm-dd"),
            ApiParameter.date("to", "latest event date, yyyy-mm-dd"),
            ApiParameter.query("root", "CAMEO root code, 01 to 20"),
            ApiParameter.integer("limit", "at most this many events, 1 to " + MAX_LIMIT + " (default 100)"),
            ApiParameter.query("format", "jsonl (default), gdelt or plover")),
        this::events).producing("application/x-ndjson"));
  }

  /** The query a request asks, checked: bad codes, dates or limits are refused with one line. */
  static EventQuery query(Context ctx) {
    return new EventQuery(
        RequestParameters.actorCode("source", RequestParameters.text(ctx, "source")),
        RequestParameters.actorCode("target", RequestParameters.text(ctx, "target")),
        RequestParameters.date(ctx, "from"),
        RequestParameters.date(ctx, "to"),
        RequestParameters.rootCode(ctx, "root"),
        RequestParameters.integer(ctx, "limit", 100, 1, MAX_LIMIT));
  }

  private void events(Context ctx) throws IOException {
    EventQuery query = query(ctx);
    String format = RequestParameters.text(ctx, "format");
    EventWriter writer;
    String mediaType;
    switch (format == null ? "jsonl" : format.toLowerCase(Locale.ROOT)) {
      case "jsonl" -> {
        writer = new EventJsonLines();
        mediaType = "application/x-ndjson; charset=utf-8";
      }
      case "gdelt" -> {
        writer = new GdeltTsv();
        mediaType = "text/tab-separated-values; charset=utf-8";
      }
      case "plover" -> {
        writer = new PloverJson();
        mediaType = "application/json; charset=utf-8";
      }
      default -> throw new IllegalArgumentException("format must be jsonl, gdelt or plover, got '" + RequestParameters.clip(format) + "'");
    }
    StringWriter body = new StringWriter();
    writer.write(workspace.events().events(query), body);
    ctx.contentType(mediaType).result(body.toString());
  }
}
