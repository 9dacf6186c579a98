package org.dyad.sanctions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.dyad.core.sanctions.SanctionsAddress;
import org.dyad.core.sanctions.SanctionsAlias;
import org.dyad.core.sanctions.SanctionsEntity;
import org.dyad.core.sanctions.SanctionsList;
import org.dyad.sanctions.match.ListFixture;
import org.junit.jupiter.api.Test;

class ListImportTest {

  private static SanctionsEntity khalil(List<String> aliases, List<String> dates) {
    return ListFixture.person(12841, "KHALIL, Ezedin Abdel Aziz", aliases, dates, List.of("Syria"));
  }

  @Test
  void aNewerListRecordsWhatWasAddedRemovedAndChanged() throws IOException {
    MemorySanctionsStore store = new MemorySanctionsStore();
    ListImport.run(new SanctionsList("2021", List.of(khalil(List.of("AL-SURI, Yasin"), List.of("1982")),
        ListFixture.organisation(4697, "HIZBALLAH"), ListFixture.organisation(6366, "AL QA'IDA")), List.of(), true, true), store);
    ListImport.Result second = ListImport.run(new SanctionsList("2024", List.of(
        khalil(List.of("AL-SURI, Yasin"), List.of("1982", "1983")), ListFixture.organisation(4697, "HIZBALLAH"),
        ListFixture.organisation(4695, "HAMAS")), List.of(), true, true), store);

    assertThat(second.changes().added()).containsExactly(4695L);
    assertThat(second.changes().removed()).containsExactly(6366L);
    assertThat(second.changes().changed()).containsExactly(12841L);
    assertThat(second.version().version()).isEqualTo(2);
    assertThat(store.entities()).hasSize(3);
  }

  @Test
  void aSetWithoutAliasesOrAddressesKeepsTheKnownOnes() throws IOException {
    MemorySanctionsStore store = new MemorySanctionsStore();
    SanctionsEntity known = khalil(List.of("AL-SURI, Yasin"), List.of("1982"))
        .withAddresses(List.of(new SanctionsAddress("", "Mashhad", "Iran")));
    ListImport.run(new SanctionsList("2021", List.of(known), List.of(), true, true), store);

    SanctionsEntity bare = khalil(List.of(), List.of("1982"));
    ListImport.Result again = ListImport.run(new SanctionsList("2024", List.of(bare,
        ListFixture.person(1, "NEW, Person", List.of("NEW, P."), List.of(), List.of())), List.of(), false, false), store);

    SanctionsEntity kept = store.entities().getFirst();
    assertThat(kept.aliases()).extracting(SanctionsAlias::name).containsExactly("AL-SURI, Yasin");
    assertThat(kept.addresses()).extracting(SanctionsAddress::city).containsExactly("Mashhad");
    assertThat(again.changes().changed()).as("keeping what was known is no change").isEmpty();
    assertThat(store.entities().get(1).aliases()).as("a new entity keeps what the files gave").hasSize(1);
  }
}
