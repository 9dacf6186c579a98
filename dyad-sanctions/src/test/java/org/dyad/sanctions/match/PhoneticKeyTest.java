package org.dyad.sanctions.match;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PhoneticKeyTest {

  @Test
  void spellingsOfOneNameShareAKey() {
    assertThat(PhoneticKey.of("yasin")).isEqualTo(PhoneticKey.of("yaseen")).isEqualTo("asn");
    assertThat(PhoneticKey.of("osama")).isEqualTo(PhoneticKey.of("usama")).isEqualTo("asm");
    assertThat(PhoneticKey.of("qasim")).isEqualTo(PhoneticKey.of("kasem")).isEqualTo("ksm");
    assertThat(PhoneticKey.of("khalid")).isEqualTo(PhoneticKey.of("kalid"));
    assertThat(PhoneticKey.of("djamel")).isEqualTo(PhoneticKey.of("jamal"));
    assertThat(PhoneticKey.of("chaker")).isEqualTo(PhoneticKey.of("shaker"));
    assertThat(PhoneticKey.of("muhammad")).isEqualTo(PhoneticKey.of("mohamed")).isEqualTo("mhmd");
  }

  @Test
  void differentConsonantsGiveDifferentKeys() {
    assertThat(PhoneticKey.of("hasan")).isNotEqualTo(PhoneticKey.of("hamas"));
    assertThat(PhoneticKey.of("")).isEmpty();
  }
}
