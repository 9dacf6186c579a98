package org.dyad.ingest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.dyad.core.model.DocumentText;
import org.dyad.core.store.DocumentStore;
import org.dyad.core.store.TextIndex;

/**
 * The one thread that writes extracted documents: a batch goes into the catalogue in one
 * transaction, then into the full-text index; at each checkpoint the index is committed and only
 * then are its documents marked indexed in the catalogue. After a crash the catalogue may list a
 * document as unindexed that the index already holds, never the reverse, and re-indexing
 * replaces rather than duplicates — so {@link #reconcile} makes the two agree again.
 */
final class IndexingWriter implements AutoCloseable {

  private static final DocumentText END = new DocumentText(
      new org.dyad.core.model.Document("0".repeat(64), "-", "-", "-", "-", null, null,
          org.dyad.core.model.Document.DateSource.NONE, null, null, 0, null), "");
  private static final int BATCH = 512;
  /** About 128 MB of text waiting to be written, at most. */
  private static final int MAX_WAITING_CHARS = 64 << 20;
  private static final int CHECKPOINT_DOCUMENTS = 2000;
  private static final long CHECKPOINT_NANOS = TimeUnit.SECONDS.toNanos(5);

  private final DocumentStore catalogue;
  private final TextIndex index;
  private final BlockingQueue<DocumentText> queue = new ArrayBlockingQueue<>(1024);
  private final Thread thread;
  private final ExecutorService indexers = Executors.newFixedThreadPool(
      Runtime.getRuntime().availableProcessors(), runnable -> Thread.ofPlatform().name("dyad-index").daemon().unstarted(runnable));
  private final List<String> uncommitted = new ArrayList<>();
  private final Semaphore waitingChars = new Semaphore(MAX_WAITING_CHARS);
  private volatile Throwable failure;
  private long written;
  private long lastCheckpoint = System.nanoTime();

  IndexingWriter(DocumentStore catalogue, TextIndex index) {
    this.catalogue = catalogue;
    this.index = index;
    this.thread = Thread.ofPlatform().name("dyad-writer").start(this::drain);
  }

  /** Indexes documents the catalogue holds but no committed index does (after a crash). */
  static long reconcile(DocumentStore catalogue, TextIndex index) throws IOException {
    long reindexed = 0;
    for (List<String> ids; !(ids = catalogue.unindexed(1000)).isEmpty(); ) {
      for (String id : ids) {
        var document = catalogue.document(id).orElseThrow();
        index.index(document, catalogue.text(id).orElse(""));
      }
      index.commit();
      catalogue.markIndexed(ids);
      reindexed += ids.size();
    }
    return reindexed;
  }

  /**
   * Queues a document for writing; blocks while the writer is behind, by count or by the
   * characters waiting (a few huge texts must not fill the heap).
   */
  void write(DocumentText document) throws InterruptedException, IOException {
    int chars = charge(document);
    while (!waitingChars.tryAcquire(chars, 1, TimeUnit.SECONDS)) {
      rethrow();
    }
    while (!queue.offer(document, 1, TimeUnit.SECONDS)) {
      rethrow();
    }
  }

  private static int charge(DocumentText document) {
    return Math.max(1, Math.min(MAX_WAITING_CHARS, document.text().length()));
  }

  private void drain() {
    List<DocumentText> batch = new ArrayList<>(BATCH);
    try {
      while (true) {
        DocumentText next = queue.poll(1, TimeUnit.SECONDS);
        boolean end = next == END;
        if (next != null && !end) {
          batch.add(next);
          queue.drainTo(batch, BATCH - batch.size());
          boolean sawEnd = batch.removeIf(d -> d == END);
          flush(batch);
          if (sawEnd) {
            break;
          }
        }
        if (end) {
          break;
        }
        if (uncommitted.size() >= CHECKPOINT_DOCUMENTS || System.nanoTime() - lastCheckpoint > CHECKPOINT_NANOS) {
          checkpoint();
        }
      }
      checkpoint();
    } catch (Throwable t) {
      failure = t;
      queue.clear();
    }
  }

  private void flush(List<DocumentText> batch) throws IOException, InterruptedException {
    if (batch.isEmpty()) {
      return;
    }
    catalogue.add(batch);
    // Text analysis is the costliest step of plain-text ingest: spread a batch over the cores,
    // and still index nothing before the catalogue has it.
    List<Callable<Void>> tasks = new ArrayList<>(batch.size());
    for (DocumentText document : batch) {
      tasks.add(() -> {
        index.index(document.document(), document.text());
        return null;
      });
    }
    for (Future<Void> done : indexers.invokeAll(tasks)) {
      try {
        done.get();
      } catch (ExecutionException e) {
        throw new IOException("indexing failed: " + e.getCause().getMessage(), e.getCause());
      }
    }
    for (DocumentText document : batch) {
      uncommitted.add(document.document().id());
      waitingChars.release(charge(document));
    }
    written += batch.size();
    batch.clear();
  }

  private void checkpoint() throws IOException {
    if (!uncommitted.isEmpty()) {
      index.commit();
      catalogue.markIndexed(uncommitted);
      uncommitted.clear();
    }
    lastCheckpoint = System.nanoTime();
  }

  long written() {
    return written;
  }

  private void rethrow() throws IOException {
    if (failure != null) {
      throw new IOException("writing to the workspace failed: " + failure.getMessage(), failure);
    }
  }

  /** Writes what is queued, commits, and stops the thread. */
  @Override
  public void close() throws IOException, InterruptedException {
    while (thread.isAlive() && !queue.offer(END, 1, TimeUnit.SECONDS)) {
      // The writer is busy; it either takes END soon or dies, which ends this loop.
    }
    thread.join();
    indexers.shutdown();
    rethrow();
  }
}
