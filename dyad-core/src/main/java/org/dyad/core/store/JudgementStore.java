package org.dyad.core.store;

import java.io.IOException;
import java.util.List;
import org.dyad.core.analysis.EventJudgement;

/** The analysts' judgements of coded events, one per event; a new judgement replaces the old. */
public interface JudgementStore {

  void judge(EventJudgement judgement) throws IOException;

  /** Every judgement, latest first. */
  List<EventJudgement> judgements() throws IOException;
}
