package org.dyad.core.store;

import java.io.Closeable;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.dyad.core.model.Document;
import org.dyad.core.model.DocumentText;
import org.dyad.core.model.IngestFailure;

/**
 * The workspace's catalogue of documents, their extracted text and the failures met on the way.
 * Each call is one transaction.
 */
public interface DocumentStore extends Closeable {

  boolean contains(String documentId) throws IOException;

  /**
   * Records extracted documents with their text, not yet indexed, in one transaction; clears
   * earlier failures at their paths. A document already present is left as it is.
   */
  void add(List<DocumentText> batch) throws IOException;

  Optional<Document> document(String documentId) throws IOException;

  /** Calls {@code action} with the id of every stored document, streaming (never all in memory). */
  void forEachDocumentId(java.util.function.Consumer<String> action) throws IOException;

  /** Looks a document up by a unique prefix of its id (at least 6 hex digits). */
  Optional<Document> documentByPrefix(String idPrefix) throws IOException;

  Optional<String> text(String documentId) throws IOException;

  /** Ids of documents not yet marked indexed, at most {@code limit}. */
  List<String> unindexed(int limit) throws IOException;

  void markIndexed(Collection<String> documentIds) throws IOException;

  /** Records (or replaces) the failure of the file at {@code failure.path()}. */
  void recordFailure(IngestFailure failure) throws IOException;

  List<IngestFailure> failures() throws IOException;

  WorkspaceStatus status() throws IOException;
}
