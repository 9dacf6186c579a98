package org.dyad.ingest.scan;

import java.util.Objects;

/**
 * A file found by the scanner whose bytes are safely in the blob store, waiting for extraction.
 *
 * @param sha256 digest of its bytes, the blob's name and the document id
 * @param path where it was found; inside an archive {@code archive.zip!/entry}
 * @param fileName the last segment of the path, which helps type detection
 * @param outlet the publisher or collection it came from
 */
public record StagedFile(String sha256, long size, String path, String fileName, String outlet) {

  public StagedFile {
    Objects.requireNonNull(sha256, "sha256");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(outlet, "outlet");
  }
}
