package org.dyad.sanctions.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.dyad.core.sanctions.EntityKind;
import org.dyad.core.sanctions.SanctionsAlias;
import org.dyad.core.sanctions.SanctionsEntity;
import org.dyad.core.sanctions.SanctionsList;
import org.dyad.sanctions.SharedData;
import org.junit.jupiter.api.Test;

/** The readers on the real OFAC files of the shared data (skipped without them). */
class OfacListsTest {

  @Test
  void the2021SetReadsWholeWithTheFacilitatorInIran() throws IOException {
    SanctionsList list = OfacCsvReader.read(SharedData.requireOfac2021());
    assertThat(list.entities()).hasSize(8890);
    assertThat(list.warnings()).isEmpty();
    SanctionsEntity khalil = list.entities().stream().filter(e -> e.number() == 12841).findFirst().orElseThrow();
    assertThat(khalil.name()).isEqualTo("KHALIL, Ezedin Abdel Aziz");
    assertThat(khalil.kind()).isEqualTo(EntityKind.PERSON);
    assertThat(khalil.programs()).containsExactly("SDGT");
    assertThat(khalil.aliases()).extracting(SanctionsAlias::name).containsExactlyInAnyOrder("AL-SURI, Yasin",
        "AL-SURI, Yaseen", "KHALIL, Izz al-Din Abd al-Farid", "AL-ABADIN, Zayn");
    assertThat(khalil.birthYears()).containsExactly(1982);
    assertThat(khalil.nationalities()).containsExactly("Syria");
    assertThat(list.entities().stream().mapToInt(e -> e.aliases().size()).sum()).isEqualTo(11742);
  }

  @Test
  void the2024ListReadsWholeWithoutItsAliasFile() throws IOException {
    SanctionsList list = OfacCsvReader.read(SharedData.requireOfac2024());
    assertThat(list.entities()).hasSize(14965);
    assertThat(list.hasAliases()).isFalse();
    assertThat(list.entities()).anyMatch(e -> e.number() == 12841);
  }
}
