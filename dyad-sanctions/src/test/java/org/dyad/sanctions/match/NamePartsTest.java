package org.dyad.sanctions.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class NamePartsTest {

  @Test
  void eachPartHasItsPhoneticKey() {
    NameParts parts = NameParts.of("Yaseen al-Suri");
    assertThat(parts.parts()).containsExactly("yaseen", "suri");
    assertThat(parts.keys()).containsExactly("asn", "sr");
  }

  @Test
  void partsAndKeysMustPair() {
    assertThatThrownBy(() -> new NameParts("x", List.of("a"), List.of())).hasMessageContaining("one phonetic key per part");
  }
}
