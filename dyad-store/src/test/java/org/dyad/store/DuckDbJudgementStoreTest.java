package org.dyad.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import org.dyad.core.analysis.EventJudgement;
import org.dyad.core.analysis.Judgement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DuckDbJudgementStoreTest {

  @TempDir Path dir;

  @Test
  void aNewJudgementReplacesTheOldAndTheLatestIsListedFirst() throws Exception {
    try (DuckDbDocumentStore catalogue = DuckDbDocumentStore.open(dir.resolve("db.duckdb"));
        DuckDbJudgementStore store = new DuckDbJudgementStore(catalogue.newConnection())) {
      Instant first = Instant.parse("2026-01-01T10:00:00Z");
      store.judge(new EventJudgement("e1", Judgement.WRONG, null, "not there", first));
      store.judge(new EventJudgement("e2", Judgement.RIGHT, null, null, first.plusSeconds(60)));
      store.judge(new EventJudgement("e1", Judgement.RECODE, "042", "a visit", first.plusSeconds(120)));

      assertThat(store.judgements()).containsExactly(
          new EventJudgement("e1", Judgement.RECODE, "042", "a visit", first.plusSeconds(120)),
          new EventJudgement("e2", Judgement.RIGHT, null, null, first.plusSeconds(60)));
    }
  }

  @Test
  void judgementsOutliveReopeningTheDatabase() throws Exception {
    Instant when = Instant.parse("2026-02-01T00:00:00Z");
    try (DuckDbDocumentStore catalogue = DuckDbDocumentStore.open(dir.resolve("db.duckdb"));
        DuckDbJudgementStore store = new DuckDbJudgementStore(catalogue.newConnection())) {
      store.judge(new EventJudgement("e9", Judgement.WRONG, null, null, when));
    }
    try (DuckDbDocumentStore catalogue = DuckDbDocumentStore.open(dir.resolve("db.duckdb"));
        DuckDbJudgementStore store = new DuckDbJudgementStore(catalogue.newConnection())) {
      assertThat(store.judgements()).containsExactly(new EventJudgement("e9", Judgement.WRONG, null, null, when));
    }
  }
}
