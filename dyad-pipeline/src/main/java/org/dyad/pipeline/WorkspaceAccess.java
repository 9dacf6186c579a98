package org.dyad.pipeline;

import java.io.IOException;
import java.util.List;
import org.dyad.core.event.Event;
import org.dyad.core.event.EventQuery;
import org.dyad.core.nlp.ActorCount;
import org.dyad.core.nlp.UnresolvedName;
import org.dyad.core.search.SearchRequest;
import org.dyad.core.search.SearchResults;

/**
 * What a command can ask of a workspace, whoever holds it: this process (the workspace opened
 * here) or a running {@code dyad serve} (reached through its API, since DuckDB admits one writing
 * process). Commands ask this interface and never care which.
 */
public interface WorkspaceAccess extends AutoCloseable {

  /** Ranked hits with snippets; an unparseable query throws {@link IllegalArgumentException}. */
  SearchResults search(SearchRequest request) throws IOException;

  /** Counts per stage, with the failures when {@code withFailures}. */
  WorkspaceReport status(boolean withFailures) throws IOException;

  /** The coded events the query matches. */
  List<Event> events(EventQuery query) throws IOException;

  /** Actor codes found, most mentioned first. */
  List<ActorCount> actors(int limit) throws IOException;

  /** Names discovered that no actor resolves to, most frequent first. */
  List<UnresolvedName> unresolvedNames(int limit) throws IOException;

  /** Ingests, annotates and codes, telling {@code listener} how it goes; returns when done. */
  PipelineRun ingest(IngestRequest request, PipelineListener listener) throws IOException, InterruptedException;

  /** Where the workspace is served from, for messages: a folder, or the server's address. */
  String describe();

  @Override
  void close() throws IOException;
}
