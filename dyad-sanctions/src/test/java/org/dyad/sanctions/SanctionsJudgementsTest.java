package org.dyad.sanctions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.dyad.core.sanctions.JudgedName;
import org.dyad.core.sanctions.Judgement;
import org.dyad.core.sanctions.ListChanges;
import org.dyad.sanctions.match.ListFixture;
import org.junit.jupiter.api.Test;

class SanctionsJudgementsTest {

  @Test
  void recordsAVerdictOnAListedEntityOnly() throws Exception {
    MemorySanctionsStore store = new MemorySanctionsStore();
    store.replace("fixture", ListFixture.entities(), new ListChanges(List.of(), List.of(), List.of()));

    SanctionsJudgements.record(store, new JudgedName(4697, "Hizballah", Judgement.MATCH));

    assertThat(store.judgements()).containsExactly(new JudgedName(4697, "Hizballah", Judgement.MATCH));
    assertThatThrownBy(() -> SanctionsJudgements.record(store, new JudgedName(999, "Hizballah", Judgement.MATCH)))
        .hasMessageStartingWith("entity 999 is not on the imported list");
    assertThat(store.judgements()).hasSize(1);
    SanctionsJudgements.record(store, new JudgedName(7, "Someone", Judgement.UNSURE), number -> number == 7);
    assertThat(store.judgements()).hasSize(2);
  }
}
