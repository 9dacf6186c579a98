package org.dyad.core.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One ingested file: the unit of evidence. Keyed by the sha256 of its bytes, so the same bytes
 * ingested twice are one document.
 *
 * @param id sha256 of the original bytes, 64 lowercase hex digits
 * @param path where the file was found; inside an archive, {@code archive.zip!/entry/name}
 * @param fileName the last segment of {@code path}
 * @param outlet the publisher or collection the document came from
 * @param title title from the file's metadata, else from its first line, else its file name
 * @param author author from metadata, or null
 * @param date the document date, or null when none was found
 * @param dateSource where {@code date} came from
 * @param language ISO 639-1 code, or null when undetected
 * @param mimeType detected media type
 * @param size size of the original file in bytes
 * @param grade NATO Admiralty grade such as {@code B2}, or null when ungraded
 */
public record Document(
    String id,
    String path,
    String fileName,
    String outlet,
    String title,
    String author,
    LocalDate date,
    DateSource dateSource,
    String language,
    String mimeType,
    long size,
    String grade) {

  public Document {
    Objects.requireNonNull(id, "id");
    if (!id.matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException("document id must be a sha256 hex digest: " + id);
    }
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(outlet, "outlet");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(dateSource, "dateSource");
    if (size < 0) {
      throw new IllegalArgumentException("size must not be negative: " + size);
    }
    if (date == null && dateSource != DateSource.NONE) {
      throw new IllegalArgumentException("a missing date must have date source NONE");
    }
  }

  /** Where a document date was found, in the order they are tried. */
  public enum DateSource {
    METADATA,
    DATELINE,
    FILE_NAME,
    NONE
  }
}
