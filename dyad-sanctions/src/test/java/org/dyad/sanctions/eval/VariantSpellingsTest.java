package org.dyad.sanctions.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import org.dyad.core.sanctions.SanctionsEntity;
import org.dyad.sanctions.SharedData;
import org.dyad.sanctions.match.ListFixture;
import org.dyad.sanctions.read.OfacCsvReader;
import org.junit.jupiter.api.Test;

class VariantSpellingsTest {

  @Test
  void everyVariantNamesAListedNameOfThe2021List() throws IOException {
    List<SanctionsEntity> entities = OfacCsvReader.read(SharedData.requireOfac2021()).entities();
    List<EvalQuery> variants = VariantSpellings.queries(entities);
    assertThat(variants).hasSizeGreaterThanOrEqualTo(100).allMatch(q -> q.family().equals("real variant"));
    assertThat(variants).filteredOn(q -> !q.text().equalsIgnoreCase(q.source())).hasSizeGreaterThanOrEqualTo(100);
    assertThat(variants).filteredOn(q -> q.text().equals("Yasin Alsuri")).extracting(EvalQuery::entity).containsExactly(12841L);
  }

  @Test
  void aListWithoutTheNamedEntitiesIsRefusedNamingTheLine() {
    assertThatThrownBy(() -> VariantSpellings.queries(ListFixture.entities()))
        .hasMessageContaining(VariantSpellings.RESOURCE + ":");
  }
}
