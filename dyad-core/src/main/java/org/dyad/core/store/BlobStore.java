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
      super(reason(maxBytes));
    }

    /** The one-line reason a file over the cap is refused. */
    public static String reason(long maxBytes) {
      return "larger than the size cap of " + describe(maxBytes) + " (--max-file-size)";
    }

    /** A byte count as a person reads it: 512 MB, 64 KB, 100 bytes. */
    public static String describe(long bytes) {
      if (bytes >= 1L << 30 && bytes % (1L << 30) == 0) {
        return (bytes >> 30) + " GB";
      }
      if (bytes >= 1L << 20 && bytes % (1L << 20) == 0) {
        return (bytes >> 20) + " MB";
      }
      if (bytes >= 1L << 10 && bytes % (1L << 10) == 0) {
        return (bytes >> 10) + " KB";
      }
      return bytes + " bytes";
    }
  }
}
