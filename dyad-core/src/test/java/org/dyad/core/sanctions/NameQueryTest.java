package org.dyad.core.sanctions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NameQueryTest {

  @Test
  void theCountryIsATwoLetterCodeInUpperCase() {
    assertThat(new NameQuery("Yasin al-Suri", 1982, " sy ").country()).isEqualTo("SY");
    assertThatThrownBy(() -> new NameQuery("Yasin", null, "Syria")).hasMessageContaining("two-letter");
  }

  @Test
  void aQueryNeedsANameAndAPlausibleYear() {
    assertThatThrownBy(() -> NameQuery.of("  ")).hasMessageContaining("name");
    assertThatThrownBy(() -> new NameQuery("Yasin", 82, null)).hasMessageContaining("1800");
  }
}
