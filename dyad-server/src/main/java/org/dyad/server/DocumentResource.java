package org.dyad.server;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dyad.core.event.export.EventJsonLines;
import org.dyad.core.model.Document;
import org.dyad.core.model.DocumentText;
import org.dyad.core.nlp.Mention;
import org.dyad.store.Workspace;

/** {@code /api/documents/{id}}: a document's metadata, text, actor and event annotations, original file. */
final class DocumentResource {

  private final Workspace workspace;

  DocumentResource(Workspace workspace) {
    this.workspace = workspace;
  }

  List<ApiRoute> routes() {
    List<ApiParameter> id = List.of(ApiParameter.path("id", "the document id: the sha256 of its bytes, 64 hex digits"));
    return List.of(
        ApiRoute.get("/api/documents/{id}", "A document's metadata: {\"document\"}", id, this::metadata),
        ApiRoute.get("/api/documents/{id}/text", "A document's metadata and extracted text: the object 'dyad show --json' prints",
            id, this::text),
        ApiRoute.get("/api/documents/{id}/annotations",
            "The actor mentions and coded events of a document, as offsets into its text", id, this::annotations),
        ApiRoute.get("/api/documents/{id}/original", "The original file, as ingested (a download)", id, this::original)
            .producing("application/octet-stream"));
  }

  private Document document(Context ctx) throws IOException {
    String id = RequestParameters.documentId(ctx);
    return workspace.catalogue().document(id)
        .orElseThrow(() -> new MissingResourceException("no document " + id + " in this workspace"));
  }

  /** The JSON form of a document's metadata. */
  record Metadata(Document document) {}

  private void metadata(Context ctx) throws IOException {
    JsonResponses.send(ctx, new Metadata(document(ctx)));
  }

  private void text(Context ctx) throws IOException {
    Document document = document(ctx);
    JsonResponses.send(ctx, new DocumentText(document, workspace.catalogue().text(document.id()).orElse("")));
  }

  /** A document's annotations; {@code events} have the fields of the event record. */
  record Annotations(List<Mention> mentions, List<Object> events) {}

  private void annotations(Context ctx) throws IOException {
    Document document = document(ctx);
    List<Object> events = workspace.events().eventsInDocument(document.id()).stream().map(EventJsonLines::record).toList();
    JsonResponses.send(ctx, new Annotations(workspace.annotations().mentions(document.id()), events));
  }

  private void original(Context ctx) throws IOException {
    Document document = document(ctx);
    if (!workspace.blobs().contains(document.id())) {
      throw new MissingResourceException("the original of document " + document.id() + " is not in the blob store");
    }
    Path blob = workspace.blobs().path(document.id());
    ctx.header("Content-Disposition", "attachment; filename=\"" + safeFileName(document.fileName()) + "\"");
    ctx.header("Content-Length", Long.toString(Files.size(blob)));
    ctx.contentType("application/octet-stream");
    InputStream bytes = Files.newInputStream(blob);
    ctx.result(bytes);
  }

  /** A file name safe inside a quoted header value: no quotes, control characters or path separators. */
  static String safeFileName(String name) {
    String safe = name.replaceAll("[^A-Za-z0-9._ -]", "_").strip();
    return safe.isEmpty() ? "document" : safe;
  }
}
