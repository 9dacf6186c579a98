package org.dyad.nlp.dictionary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class OfficeTermTest {

  private static final LocalDate FROM = LocalDate.of(1997, 8, 3);
  private static final LocalDate TO = LocalDate.of(2005, 8, 3);

  private static OfficeTerm term(CodeSpan span) {
    return new OfficeTerm(span, "president", "mohammad khatami", "offices.txt", 1);
  }

  @Test
  void bothEndsOfATermAreInOffice() {
    OfficeTerm khatami = term(new CodeSpan("IRN", FROM, TO));
    assertThat(khatami.countryCode()).isEqualTo("IRN");
    assertThat(khatami.from()).isEqualTo(FROM);
    assertThat(khatami.to()).isEqualTo(TO);
    assertThat(khatami.contains(FROM)).isTrue();
    assertThat(khatami.contains(TO)).isTrue();
    assertThat(khatami.contains(FROM.minusDays(1))).isFalse();
    assertThat(khatami.contains(TO.plusDays(1))).isFalse();
  }

  @Test
  void anIncumbentHasNoLastDay() {
    OfficeTerm incumbent = term(new CodeSpan("IRN", FROM, null));
    assertThat(incumbent.to()).isNull();
    assertThat(incumbent.contains(LocalDate.of(2999, 1, 1))).isTrue();
  }

  @Test
  void aTermNeedsItsFirstDay() {
    assertThatThrownBy(() -> term(new CodeSpan("IRN", null, TO)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("first day");
    assertThatThrownBy(() -> term(CodeSpan.always("IRN")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theCountryIsOneActorCode() {
    assertThat(term(new CodeSpan("IGOUNO", FROM, TO)).countryCode()).isEqualTo("IGOUNO");
    for (String code : new String[] {"---", "+++", "ELR/GAL"}) {
      assertThatThrownBy(() -> term(new CodeSpan(code, FROM, TO)))
          .as(code)
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void phrasesMustBeNormalised() {
    CodeSpan span = new CodeSpan("IRN", FROM, TO);
    assertThatThrownBy(() -> new OfficeTerm(span, "PRESIDENT", "khatami", "f", 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new OfficeTerm(span, "president", "KHATAMI_", "f", 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new OfficeTerm(span, "president", "khatami", "f", 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
