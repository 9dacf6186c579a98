package org.dyad.sanctions.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dyad.sanctions.match.ListFixture;
import org.junit.jupiter.api.Test;

class NegativeNamesTest {

  @Test
  void negativesAreListedPartsRecombinedIntoNamesTheListDoesNotHold() {
    ListedNames names = new ListedNames(ListFixture.entities());
    List<EvalQuery> negatives = NegativeNames.generate(names, 10, 5);
    assertThat(negatives).hasSize(10).allSatisfy(q -> {
      assertThat(q.negative()).isTrue();
      assertThat(names.covers(q.text())).isFalse();
    });
    assertThat(negatives).extracting(EvalQuery::text).doesNotHaveDuplicates();
    assertThat(NegativeNames.generate(names, 10, 5)).isEqualTo(negatives);
  }
}
