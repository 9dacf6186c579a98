package org.dyad.core.sanctions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SanctionsEntityTest {

  private static SanctionsEntity entity(List<String> birthDates, List<String> nationalities, List<SanctionsAddress> addresses) {
    return new SanctionsEntity(7, " NASRALLAH, Hasan ", EntityKind.PERSON, List.of("SDGT"), null,
        List.of(new SanctionsAlias("NASRALLAH, Hassan", "aka", false), new SanctionsAlias("NASRALLAH, Hasan", "aka", false)),
        addresses, nationalities, birthDates, List.of("Al Basuriyah, Lebanon"), List.of(), List.of(), null);
  }

  @Test
  void birthYearsAreEveryFourDigitYearInTheDates() {
    SanctionsEntity entity = entity(List.of("31 Aug 1960", "circa 1953-1955", "1960"), List.of(), List.of());
    assertThat(entity.birthYears()).containsExactly(1960, 1953, 1955);
  }

  @Test
  void namesAreThePrimaryThenEachDistinctAlias() {
    SanctionsEntity entity = entity(List.of(), List.of(), List.of());
    assertThat(entity.name()).isEqualTo("NASRALLAH, Hasan");
    assertThat(entity.allNames()).containsExactly("NASRALLAH, Hasan", "NASRALLAH, Hassan");
  }

  @Test
  void countriesComeFromNationalitiesAddressesAndBirthPlaces() {
    SanctionsEntity entity = entity(List.of(), List.of("Lebanon"), List.of(new SanctionsAddress("", "Beirut", "Lebanon"),
        new SanctionsAddress("", "Tehran", "Iran")));
    assertThat(entity.countries()).containsExactly("Lebanon", "Iran", "Al Basuriyah, Lebanon");
  }

  @Test
  void anEntityNeedsANumberAndAName() {
    assertThatThrownBy(() -> new SanctionsEntity(0, "X", EntityKind.PERSON, List.of(), "", List.of(), List.of(),
        List.of(), List.of(), List.of(), List.of(), List.of(), "")).hasMessageContaining("number");
    assertThatThrownBy(() -> new SanctionsEntity(3, " ", EntityKind.PERSON, List.of(), "", List.of(), List.of(),
        List.of(), List.of(), List.of(), List.of(), List.of(), "")).hasMessageContaining("no name");
  }

  @Test
  void withAliasesChangesOnlyTheAliases() {
    SanctionsEntity entity = entity(List.of("1960"), List.of(), List.of());
    SanctionsEntity other = entity.withAliases(List.of());
    assertThat(other.aliases()).isEmpty();
    assertThat(other.withAliases(entity.aliases())).isEqualTo(entity);
  }
}
