package org.dyad.core.store;

import java.time.LocalDate;
import java.util.List;
import org.dyad.core.search.FacetCount;

/**
 * Counts per pipeline stage, for {@code dyad status} and the demo summary.
 *
 * @param documents documents extracted
 * @param indexed documents whose text is committed to the full-text index
 * @param failures files that could not be ingested
 * @param bytes total size of the original files
 * @param firstDate earliest document date, or null
 * @param lastDate latest document date, or null
 * @param outlets documents per outlet, most first
 */
public record WorkspaceStatus(
    long documents,
    long indexed,
    long failures,
    long bytes,
    LocalDate firstDate,
    LocalDate lastDate,
    List<FacetCount> outlets) {

  public WorkspaceStatus {
    outlets = List.copyOf(outlets);
  }
}
