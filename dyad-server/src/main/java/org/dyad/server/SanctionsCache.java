package org.dyad.server;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dyad.core.sanctions.ListVersion;
import org.dyad.core.sanctions.SanctionsStore;
import org.dyad.sanctions.match.ListMatcher;
import org.dyad.sanctions.xref.CrossReference;

/**
 * What the sanctions routes derive from the served workspace, kept until it changes: the matcher
 * over the imported list, built once per list version (indexing a 15,000-entity list takes
 * seconds), and cross-reference runs, once per workspace revision (an ended ingest run, a new
 * import) and threshold, since a run matches every distinct spelling of the workspace against the
 * list. Runs list dismissed matches too, so that the judgements recorded since apply to a kept run
 * without running it again.
 */
final class SanctionsCache {

  /** Thresholds kept at once: the default and the few an analyst tries. */
  static final int KEPT = 4;

  private record Key(long ingestRevision, int listVersion, double threshold) {}

  private final SanctionsStore store;
  private final IngestJobs jobs;
  private final Map<Key, CrossReference.Report> reports = new LinkedHashMap<>(KEPT, 0.75f, true);
  private int matcherVersion = -1;
  private ListMatcher matcher;

  SanctionsCache(SanctionsStore store, IngestJobs jobs) {
    this.store = store;
    this.jobs = jobs;
  }

  /** The matcher over the latest import; refused with one line when nothing was imported. */
  synchronized ListMatcher matcher() throws IOException {
    int version = listVersion();
    if (matcher == null || version != matcherVersion) {
      matcher = ListMatcher.over(store);
      matcherVersion = version;
    }
    return matcher;
  }

  /** The run at {@code threshold} over the workspace as it is now, run at most once per revision. */
  synchronized CrossReference.Report report(double threshold) throws IOException {
    Key key = new Key(jobs.revision(), listVersion(), threshold);
    CrossReference.Report report = reports.get(key);
    if (report == null) {
      reports.keySet().removeIf(kept -> kept.ingestRevision() != key.ingestRevision() || kept.listVersion() != key.listVersion());
      int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
      report = new CrossReference(matcher(), threshold, true, threads).run(store);
      reports.put(key, report);
      if (reports.size() > KEPT) {
        reports.remove(reports.keySet().iterator().next());
      }
    }
    return report;
  }

  private int listVersion() throws IOException {
    List<ListVersion> versions = store.versions();
    return versions.isEmpty() ? 0 : versions.getLast().version();
  }
}
