package org.dyad.core.sanctions;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SanctionsListTest {

  private static SanctionsEntity named(long number, String name) {
    return new SanctionsEntity(number, name, EntityKind.ORGANISATION, List.of(), "", List.of(), List.of(), List.of(),
        List.of(), List.of(), List.of(), List.of(), "");
  }

  @Test
  void anEntityNumberMayAppearOnlyOnce() {
    assertThatThrownBy(() -> new SanctionsList("test", List.of(named(1, "HAMAS"), named(1, "HIZBALLAH")), List.of(), true, true))
        .hasMessageContaining("entity number 1 appears twice");
  }
}
