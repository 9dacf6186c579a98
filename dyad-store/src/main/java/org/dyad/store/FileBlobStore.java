package org.dyad.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.dyad.core.store.BlobStore;

/**
 * Blobs as files named by their sha256 under two levels of fan-out folders
 * ({@code ab/cd/abcd…}). A blob is written to a temporary file, fsynced, then renamed into place,
 * so a crash leaves either the whole blob or a stray temporary file, which {@link #open} removes.
 */
public final class FileBlobStore implements BlobStore {

  private static final int BUFFER = 64 * 1024;
  private final Path root;
  private final Path tmp;
  private final java.util.concurrent.atomic.AtomicLong partials = new java.util.concurrent.atomic.AtomicLong();

  private FileBlobStore(Path root, Path tmp) {
    this.root = root;
    this.tmp = tmp;
  }

  /** Opens (creating) the store at {@code root}, using {@code tmp} for partial writes. */
  public static FileBlobStore open(Path root, Path tmp) throws IOException {
    Files.createDirectories(root);
    Files.createDirectories(tmp);
    try (Stream<Path> leftovers = Files.list(tmp)) {
      for (Path leftover : leftovers.toList()) {
        Files.deleteIfExists(leftover);
      }
    }
    return new FileBlobStore(root, tmp);
  }

  @Override
  public StoredBlob put(InputStream bytes, long maxBytes) throws IOException {
    // A counter, not Files.createTempFile: its SecureRandom names cost more than small blobs do.
    Path partial = tmp.resolve("blob-" + ProcessHandle.current().pid() + "-" + partials.incrementAndGet() + ".part");
    try {
      MessageDigest sha256 = sha256();
      long size = 0;
      try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
          OutputStream out = new DigestOutputStream(java.nio.channels.Channels.newOutputStream(channel), sha256)) {
        byte[] buffer = new byte[BUFFER];
        for (int n; (n = bytes.read(buffer)) > 0; ) {
          size += n;
          if (size > maxBytes) {
            throw new BlobTooLargeException(maxBytes);
          }
          out.write(buffer, 0, n);
        }
        out.flush();
        channel.force(true);
      }
      String digest = HexFormat.of().formatHex(sha256.digest());
      Path target = path(digest);
      if (!Files.exists(target)) {
        Files.createDirectories(target.getParent());
        moveIntoPlace(partial, target);
      }
      return new StoredBlob(digest, size);
    } finally {
      Files.deleteIfExists(partial);
    }
  }

  private static void moveIntoPlace(Path partial, Path target) throws IOException {
    try {
      Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (FileAlreadyExistsException raced) {
      // Another thread stored the same bytes first: same name, same content.
    } catch (AtomicMoveNotSupportedException impossible) {
      throw new IOException("the blob store needs atomic renames within one folder", impossible);
    }
  }

  @Override
  public boolean contains(String sha256) {
    return Files.isRegularFile(path(sha256));
  }

  @Override
  public Path path(String sha256) {
    if (!sha256.matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException("not a sha256 digest: " + sha256);
    }
    return root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
  }

  /** Number of blobs stored, by walking the folders. */
  public long count() throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(Files::isRegularFile).count();
    }
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException("every JDK has SHA-256", impossible);
    }
  }
}
