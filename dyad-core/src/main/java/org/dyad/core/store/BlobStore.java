package org.dyad.core.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * Content-addressed storage for original files: a blob's name is the sha256 of its bytes, so a
 * file is stored once however often it is ingested, and evidence is never silently replaced.
 */
public interface BlobStore {

  /**
   * Stores the stream's bytes atomically (temporary file, fsync, rename) and returns their digest.
   *
   * @param maxBytes refuse (with {@link BlobTooLargeException}) a stream longer than this
   */
  StoredBlob put(InputStream bytes, long maxBytes) throws IOException;

  boolean contains(String sha256);

  /** The stored file; it must not be modified. */
  Path path(String sha256);

  /** A stored blob: its digest and size. */
  record StoredBlob(String sha256, long size) {}

  /** A stream that was longer than the size cap. */
  final class BlobTooLargeException extends IOException {
    public BlobTooLargeException(long maxBytes) {
      super("larger than the size cap of " + maxBytes + " bytes");
    }
  }
}
