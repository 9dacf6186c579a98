package org.dyad.core.store;

import java.io.IOException;
import java.util.List;
import org.dyad.core.analysis.ActorTie;
import org.dyad.core.analysis.DyadQuery;
import org.dyad.core.analysis.EvidenceItem;
import org.dyad.core.analysis.NetworkQuery;
import org.dyad.core.analysis.PeriodCounts;
import org.dyad.core.analysis.TimelineQuery;

/**
 * Counts over the clustered events, computed where the events are (the database), so that a dyad
 * or a year's network over millions of events is answered without loading them. Every count
 * applies the analysts' judgements.
 */
public interface RelationStore {

  /** The dyad's counts in each period that has any, in time order. */
  List<PeriodCounts> series(DyadQuery query) throws IOException;

  /**
   * The dyad's strongest evidence: in each period, up to {@code perPeriod} clusters, most
   * corroborated (most outlets, then most reports) first, in time order of the periods.
   */
  List<EvidenceItem> evidence(DyadQuery query, int perPeriod) throws IOException;

  /** The directed ties between actors in the query's dates with at least its minimum weight. */
  List<ActorTie> ties(NetworkQuery query) throws IOException;

  /** The actor's real-world events in date order (undated last), each with its best-reported sentence. */
  List<EvidenceItem> timeline(TimelineQuery query) throws IOException;
}
