package org.dyad.ingest.scan;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.dyad.core.model.IngestFailure;
import org.dyad.core.store.BlobStore;

/**
 * Walks files and folders (following links, detecting loops), opens archives, and stores every
 * file's bytes in the blob store, handing each new file on to extraction. Files already in the
 * workspace or seen earlier in the run are reported as duplicates without being stored again.
 * Nothing here parses document formats: that happens out of process.
 */
public final class CorpusScanner {

  /** Files up to this size are hashed in memory before anything is written. */
  private static final int IN_MEMORY_BYTES = 8 << 20;

  private final BlobStore blobs;
  private final ScanLimits limits;
  private final Predicate<String> alreadyIngested;
  private final Set<String> claimed = ConcurrentHashMap.newKeySet();

  /**
   * @param alreadyIngested tells whether a document with this sha256 is already in the workspace
   */
  public CorpusScanner(BlobStore blobs, ScanLimits limits, Predicate<String> alreadyIngested) {
    this.blobs = blobs;
    this.limits = limits;
    this.alreadyIngested = alreadyIngested;
  }

  /**
   * Lists the regular files under the roots, in a stable order, reporting unreadable entries.
   * Each root is a file or a folder; the outlet is {@code outlet} when given, else the name of the
   * first folder under the root (the collection), else the root folder's own name.
   */
  public void walk(List<Path> roots, String outlet, FileVisitor visitor, ScanSink sink) throws IOException {
    for (Path root : roots) {
      Path absolute = root.toAbsolutePath().normalize();
      if (!Files.exists(absolute)) {
        sink.failed(failure(root.toString(), "no such file or folder"));
        continue;
      }
      if (!Files.isDirectory(absolute)) {
        String folder = absolute.getParent() == null ? "files" : absolute.getParent().getFileName().toString();
        visitFile(absolute, outlet != null ? outlet : folder, visitor, sink);
        continue;
      }
      Files.walkFileTree(absolute, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
              CorpusScanner.this.visitFile(file, outlet != null ? outlet : outletOf(absolute, file), visitor, sink);
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              sink.failed(failure(file.toString(), readFailure(e)));
              return FileVisitResult.CONTINUE;
            }
          });
    }
  }

  private void visitFile(Path file, String outlet, FileVisitor visitor, ScanSink sink) {
    if (!Files.isRegularFile(file)) {
      sink.failed(failure(file.toString(), "not a regular file (a device, pipe or socket); skipped"));
      return;
    }
    visitor.visit(file, outlet);
  }

  static String outletOf(Path root, Path file) {
    Path relative = root.relativize(file);
    if (relative.getNameCount() > 1) {
      return relative.getName(0).toString();
    }
    return root.getFileName() == null ? "files" : root.getFileName().toString();
  }

  /** Receives each regular file the walk finds. */
  @FunctionalInterface
  public interface FileVisitor {
    void visit(Path file, String outlet);
  }

  /** Stores one file found on disk (expanding it when it is an archive). */
  public void stage(Path file, String outlet, ScanSink sink) throws InterruptedException {
    String path = file.toString();
    try {
      long size = Files.size(file);
      if (size == 0) {
        sink.failed(failure(path, "empty file"));
        return;
      }
      if (size > limits.maxFileBytes()) {
        sink.failed(failure(path, BlobStore.BlobTooLargeException.reason(limits.maxFileBytes()) + "; skipped"));
        return;
      }
      String fileName = file.getFileName().toString();
      var archive = ArchiveFormat.byName(fileName);
      try (InputStream in = Files.newInputStream(file)) {
        if (archive.isPresent()) {
          new ArchiveExpander(this, limits, sink).expand(archive.get(), in, path, size, outlet);
        } else {
          store(in, path, fileName, outlet, sink);
        }
      }
    } catch (IOException e) {
      sink.failed(failure(path, readFailure(e)));
    }
  }

  /** Stores one stream (a file or an archive entry) unless its bytes are already known. */
  void store(InputStream in, String path, String fileName, String outlet, ScanSink sink)
      throws IOException, InterruptedException {
    byte[] head = in.readNBytes(IN_MEMORY_BYTES + 1);
    if (head.length == 0) {
      sink.failed(failure(path, "empty file"));
      return;
    }
    if (head.length <= IN_MEMORY_BYTES) {
      String sha256 = sha256(head);
      if (isDuplicate(sha256)) {
        sink.duplicate(path, head.length);
        return;
      }
      BlobStore.StoredBlob blob = blobs.put(new ByteArrayInputStream(head), limits.maxFileBytes());
      sink.staged(new StagedFile(blob.sha256(), blob.size(), path, fileName, outlet));
      return;
    }
    BlobStore.StoredBlob blob;
    try {
      blob = blobs.put(new SequenceInputStream(new ByteArrayInputStream(head), in), limits.maxFileBytes());
    } catch (BlobStore.BlobTooLargeException tooLarge) {
      sink.failed(failure(path, tooLarge.getMessage() + "; skipped"));
      return;
    }
    if (isDuplicate(blob.sha256())) {
      sink.duplicate(path, blob.size());
      return;
    }
    sink.staged(new StagedFile(blob.sha256(), blob.size(), path, fileName, outlet));
  }

  private boolean isDuplicate(String sha256) {
    return !claimed.add(sha256) || alreadyIngested.test(sha256);
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (java.security.NoSuchAlgorithmException impossible) {
      throw new IllegalStateException(impossible);
    }
  }

  static IngestFailure failure(String path, String reason) {
    return new IngestFailure(path, IngestFailure.Stage.SCAN, reason, Instant.now());
  }

  static String readFailure(IOException e) {
    if (e instanceof FileSystemLoopException) {
      return "symbolic link loop; skipped";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "no such file (a broken link?)";
    }
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return "cannot read: " + message.lines().findFirst().orElse(message);
  }
}
