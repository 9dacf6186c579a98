package org.dyad.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.dyad.core.event.Event;
import org.dyad.core.event.EventQuery;
import org.dyad.core.nlp.ActorCount;
import org.dyad.core.nlp.UnresolvedName;
import org.dyad.core.search.SearchRequest;
import org.dyad.core.search.SearchResults;
import org.dyad.core.store.TextIndex;
import org.dyad.store.Workspace;

/**
 * A workspace reached in this process. The workspace (and its writer lock) is opened on first
 * need, and a search alone never opens it: searching reads the committed index beside whichever
 * process writes.
 */
public final class LocalWorkspace implements WorkspaceAccess {

  private final Path root;
  private final String command;
  private final boolean owned;
  private final boolean create;
  private Workspace workspace;

  private LocalWorkspace(Path root, String command, Workspace workspace, boolean create) {
    this.root = root;
    this.command = command;
    this.workspace = workspace;
    this.owned = workspace == null;
    this.create = create;
  }

  /**
   * The workspace at {@code root}, opened when first needed.
   *
   * @param command what this process is doing, named to any other process that finds it busy
   * @param create create the workspace if absent (ingest), rather than refuse (every other command)
   */
  public static LocalWorkspace at(Path root, String command, boolean create) {
    return new LocalWorkspace(root, command, null, create);
  }

  /** An already open workspace, which the caller keeps and closes. */
  public static LocalWorkspace over(Workspace workspace) {
    return new LocalWorkspace(workspace.root(), "", workspace, false);
  }

  /** The open workspace, opening it if need be. */
  public synchronized Workspace workspace() throws IOException {
    if (workspace == null) {
      if (!create && !Workspace.exists(root)) {
        throw new IllegalArgumentException("no workspace at " + root + ": run 'dyad ingest PATH' first");
      }
      workspace = Workspace.open(root, command);
    }
    return workspace;
  }

  @Override
  public SearchResults search(SearchRequest request) throws IOException {
    Workspace open;
    synchronized (this) {
      open = workspace;
    }
    if (open != null) {
      return open.index().search(request);
    }
    try (TextIndex index = Workspace.openIndexForReading(root)) {
      return index.search(request);
    }
  }

  @Override
  public WorkspaceReport status(boolean withFailures) throws IOException {
    Workspace open = workspace();
    return new WorkspaceReport(open.root().toString(), open.schemaVersion(), open.catalogue().status(),
        withFailures ? open.catalogue().failures() : null);
  }

  @Override
  public List<Event> events(EventQuery query) throws IOException {
    return workspace().events().events(query);
  }

  @Override
  public List<ActorCount> actors(int limit) throws IOException {
    return workspace().annotations().actorCounts(limit);
  }

  @Override
  public List<UnresolvedName> unresolvedNames(int limit) throws IOException {
    return workspace().annotations().unresolvedNames(limit);
  }

  @Override
  public PipelineRun ingest(IngestRequest request, PipelineListener listener) throws IOException, InterruptedException {
    return WorkspacePipeline.run(workspace(), request, listener);
  }

  @Override
  public String describe() {
    return root.toString();
  }

  @Override
  public synchronized void close() throws IOException {
    if (owned && workspace != null) {
      workspace.close();
      workspace = null;
    }
  }
}
