package org.dyad.core.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.dyad.core.event.EventQuery;

/**
 * The workspace's events, the actors they involve and the documents they come from, written as
 * tables for spreadsheets and data tools.
 */
public interface TableExport {

  /** A table file format. */
  enum Format {
    CSV,
    PARQUET
  }

  /**
   * Writes {@code events}, {@code actors}, {@code documents} and {@code clusters} tables for the
   * events the query matches into {@code directory} (created if absent), one file each. A cluster
   * is written whole (all its member events) when any of its events matches.
   *
   * @return the files written
   */
  List<Path> exportTables(EventQuery query, Path directory, Format format) throws IOException;
}
