package org.dyad.sanctions.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;
import org.junit.jupiter.api.Test;

class ListIndexTest {

  private static final ListIndex INDEX = new ListIndex(ListFixture.entities());

  private static int entityOf(int name) {
    return (int) INDEX.entities().get(INDEX.names().get(name).entity()).number();
  }

  @Test
  void keysAreEachPartItsPhoneticKeyAndEachJoinedPair() {
    assertThat(ListIndex.keys(NameParts.of("Nasr Allah"))).containsExactly("t:nasr", "p:nsr", "t:nasrallah", "p:nsrlh",
        "t:allah", "p:alh");
  }

  @Test
  void candidatesShareAKeyWithTheQuery() {
    BitSet found = INDEX.candidates(NameParts.of("Yaseen Suri"));
    assertThat(found.stream().map(ListIndexTest::entityOf).distinct()).containsExactly(12841);
    assertThat(INDEX.candidates(NameParts.of("Jones")).isEmpty()).isTrue();
  }

  @Test
  void everyDistinctUnitIsATerm() {
    assertThat(INDEX.terms()).isGreaterThan(INDEX.names().size());
  }
}
