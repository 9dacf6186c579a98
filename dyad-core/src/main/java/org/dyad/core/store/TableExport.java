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
   * Writes {@code events}, {@code actors} and {@code documents} tables for the events the query
   * matches into {@code directory} (created if absent), one file each.
   *
   * @return the files written
   */
  List<Path> exportTables(EventQuery query, Path directory, Format format) throws IOException;
}
