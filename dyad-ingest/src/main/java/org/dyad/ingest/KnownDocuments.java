package org.dyad.ingest;

import java.io.IOException;
import java.util.Arrays;
import org.dyad.core.store.DocumentStore;

/**
 * Which documents a workspace already holds, answered in memory: the first 64 bits of each
 * document's sha256, sorted. Eight bytes a document (80 MB for ten million), and a lookup is a
 * binary search instead of a database query per file. A prefix match is confirmed with the
 * catalogue, so a collision of prefixes can never hide a new document.
 */
final class KnownDocuments {

  private final long[] prefixes;
  private final DocumentStore catalogue;

  private KnownDocuments(long[] prefixes, DocumentStore catalogue) {
    this.prefixes = prefixes;
    this.catalogue = catalogue;
  }

  static KnownDocuments load(DocumentStore catalogue) throws IOException {
    long[][] buffer = {new long[1024]};
    int[] count = {0};
    catalogue.forEachDocumentId(id -> {
      if (count[0] == buffer[0].length) {
        buffer[0] = Arrays.copyOf(buffer[0], buffer[0].length * 2);
      }
      buffer[0][count[0]++] = prefix(id);
    });
    long[] prefixes = Arrays.copyOf(buffer[0], count[0]);
    Arrays.sort(prefixes);
    return new KnownDocuments(prefixes, catalogue);
  }

  boolean contains(String sha256) {
    if (Arrays.binarySearch(prefixes, prefix(sha256)) < 0) {
      return false;
    }
    try {
      return catalogue.contains(sha256);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static long prefix(String sha256) {
    return Long.parseUnsignedLong(sha256.substring(0, 16), 16);
  }
}
