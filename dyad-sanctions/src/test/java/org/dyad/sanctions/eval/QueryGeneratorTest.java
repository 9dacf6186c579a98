package org.dyad.sanctions.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dyad.sanctions.match.ListFixture;
import org.junit.jupiter.api.Test;

class QueryGeneratorTest {

  private static final ListedNames NAMES = new ListedNames(ListFixture.entities());

  @Test
  void theSameSeedGivesTheSameQueries() {
    assertThat(QueryGenerator.generate(NAMES, 5, 11)).isEqualTo(QueryGenerator.generate(NAMES, 5, 11));
    assertThat(QueryGenerator.generate(NAMES, 5, 11)).isNotEqualTo(QueryGenerator.generate(NAMES, 5, 12));
  }

  @Test
  void eachFamilyGetsItsQueriesEachAlteredFromAListedName() {
    List<EvalQuery> queries = QueryGenerator.generate(NAMES, 4, 3);
    assertThat(queries).hasSize(16);
    for (Perturbation perturbation : Perturbation.values()) {
      assertThat(queries).filteredOn(q -> q.family().equals(perturbation.family())).hasSize(4);
    }
    assertThat(queries).allSatisfy(q -> {
      assertThat(q.text()).isNotEqualTo(q.source());
      assertThat(ListFixture.entities()).anyMatch(e -> e.number() == q.entity() && e.allNames().contains(q.source()));
    });
  }
}
