package org.dyad.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dyad.core.sanctions.SanctionsStore;
import org.dyad.core.store.AnnotationStore;
import org.dyad.core.store.BlobStore;
import org.dyad.core.store.BoardStore;
import org.dyad.core.store.ClusterStore;
import org.dyad.core.store.DocumentStore;
import org.dyad.core.store.EventStore;
import org.dyad.core.store.GradeStore;
import org.dyad.core.store.JudgementStore;
import org.dyad.core.store.RelationStore;
import org.dyad.core.store.TableExport;
import org.dyad.core.store.TextIndex;
import org.dyad.index.LuceneTextIndex;

/**
 * A workspace folder opened for writing: the DuckDB catalogue ({@value #DATABASE}), the Lucene
 * index ({@value #INDEX}/) and the blob store ({@value #BLOBS}/), held under the single-writer lock
 * for as long as it is open.
 */
public final class Workspace implements AutoCloseable {

  static final String DATABASE = "dyad.duckdb";
  static final String INDEX = "index";
  static final String BLOBS = "blobs";
  static final String TMP = "tmp";

  private final Path root;
  private final WorkspaceLock lock;
  private final DuckDbDocumentStore catalogue;
  private final LuceneTextIndex index;
  private final FileBlobStore blobs;
  private DuckDbAnnotationStore annotations;
  private DuckDbEventStore events;
  private DuckDbBoardStore boards;
  private DuckDbGradeStore grades;
  private DuckDbSanctionsStore sanctions;
  private DuckDbClusterStore clusters;
  private DuckDbRelationStore relations;
  private DuckDbJudgementStore judgements;

  private Workspace(Path root, WorkspaceLock lock, DuckDbDocumentStore catalogue, LuceneTextIndex index, FileBlobStore blobs) {
    this.root = root;
    this.lock = lock;
    this.catalogue = catalogue;
    this.index = index;
    this.blobs = blobs;
  }

  /**
   * Opens the workspace at {@code root}, creating it if absent, and takes its writer lock.
   *
   * @param command what this process is doing, named to any other process that finds it busy
   */
  public static Workspace open(Path root, String command) throws IOException {
    Files.createDirectories(root);
    WorkspaceLock lock = WorkspaceLock.acquire(root, command);
    DuckDbDocumentStore catalogue = null;
    LuceneTextIndex index = null;
    try {
      catalogue = DuckDbDocumentStore.open(root.resolve(DATABASE));
      index = LuceneTextIndex.open(root.resolve(INDEX));
      FileBlobStore blobs = FileBlobStore.open(root.resolve(BLOBS), root.resolve(TMP));
      return new Workspace(root, lock, catalogue, index, blobs);
    } catch (IOException | RuntimeException e) {
      closeQuietly(index);
      closeQuietly(catalogue);
      lock.close();
      throw e;
    }
  }

  /** True when {@code root} holds a workspace (its database exists). */
  public static boolean exists(Path root) {
    return Files.isRegularFile(root.resolve(DATABASE));
  }

  /** Opens only the full-text index of an existing workspace, for searching alongside a writer. */
  public static LuceneTextIndex openIndexForReading(Path root) throws IOException {
    if (!Files.isDirectory(root.resolve(INDEX))) {
      throw new IOException("no workspace at " + root + ": run 'dyad init' or 'dyad ingest' first");
    }
    return LuceneTextIndex.openForReading(root.resolve(INDEX));
  }

  public Path root() {
    return root;
  }

  public DocumentStore catalogue() {
    return catalogue;
  }

  /** The DuckDB-backed catalogue, for stages that query it with SQL. */
  public DuckDbDocumentStore database() {
    return catalogue;
  }

  /** The sentences, parses, mentions and aliases, opened on first use. */
  public synchronized AnnotationStore annotations() throws IOException {
    if (annotations == null) {
      annotations = new DuckDbAnnotationStore(catalogue.newConnection());
    }
    return annotations;
  }

  /** The coded events, opened on first use. */
  public synchronized EventStore events() throws IOException {
    if (events == null) {
      events = new DuckDbEventStore(catalogue.newConnection());
    }
    return events;
  }

  /** The events as tables (CSV, Parquet), on the event store's connection. */
  public synchronized TableExport tables() throws IOException {
    events();
    return events;
  }

  /** The outlet and document grades, opened on first use. */
  public synchronized GradeStore grades() throws IOException {
    if (grades == null) {
      grades = new DuckDbGradeStore(catalogue.newConnection());
    }
    return grades;
  }

  /** The hypothesis boards, opened on first use. */
  public synchronized BoardStore boards() throws IOException {
    if (boards == null) {
      boards = new DuckDbBoardStore(catalogue.newConnection());
    }
    return boards;
  }

  /** The imported sanctions list and the analyst's judgements, opened on first use. */
  public synchronized SanctionsStore sanctions() throws IOException {
    if (sanctions == null) {
      sanctions = new DuckDbSanctionsStore(catalogue.newConnection());
    }
    return sanctions;

  }

  /** The event clusters, opened on first use. */
  public synchronized ClusterStore clusters() throws IOException {
    if (clusters == null) {
      clusters = new DuckDbClusterStore(catalogue.newConnection());
    }
    return clusters;
  }

  /** Dyad series, networks and timelines, opened on first use. */
  public synchronized RelationStore relations() throws IOException {
    if (relations == null) {
      relations = new DuckDbRelationStore(catalogue.newConnection());
    }
    return relations;
  }

  /** The analysts' judgements of events, opened on first use. */
  public synchronized JudgementStore judgements() throws IOException {
    if (judgements == null) {
      judgements = new DuckDbJudgementStore(catalogue.newConnection());
    }
    return judgements;
  }

  public TextIndex index() {
    return index;
  }

  public BlobStore blobs() {
    return blobs;
  }

  public FileBlobStore blobFiles() {
    return blobs;
  }

  public WorkspaceLock lock() {
    return lock;
  }

  public int schemaVersion() {
    return SchemaMigrations.currentVersion();
  }

  @Override
  public void close() throws IOException {
    try {
      index.close();
      if (annotations != null) {
        annotations.close();
      }
      if (events != null) {
        events.close();
      }
      closeAll(boards, grades, sanctions, clusters, relations, judgements);
    } finally {
      try {
        catalogue.close();
      } finally {
        lock.close();
      }
    }
  }

  private static void closeAll(AutoCloseable... stores) throws IOException {
    for (AutoCloseable store : stores) {
      if (store == null) {
        continue;
      }
      try {
        store.close();
      } catch (IOException | RuntimeException e) {
        throw e;
      } catch (Exception e) {
        throw new IOException(e);
      }
    }
  }

  private static void closeQuietly(AutoCloseable closeable) {
    if (closeable == null) {
      return;
    }
    try {
      closeable.close();
    } catch (Exception ignored) {
      // Already failing; the first error is the one to report.
    }
  }
}
