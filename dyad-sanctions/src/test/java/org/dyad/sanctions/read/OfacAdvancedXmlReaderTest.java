package org.dyad.sanctions.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.dyad.core.sanctions.EntityKind;
import org.dyad.core.sanctions.SanctionsAlias;
import org.dyad.core.sanctions.SanctionsEntity;
import org.dyad.core.sanctions.SanctionsIdentifier;
import org.dyad.core.sanctions.SanctionsLink;
import org.dyad.core.sanctions.SanctionsList;
import org.junit.jupiter.api.Test;

class OfacAdvancedXmlReaderTest {

  @Test
  void assemblesProfilesWithNamesFeaturesDocumentsLinksAndPrograms() throws IOException {
    SanctionsList list = OfacAdvancedXmlReader.read(Fixtures.path("advanced-small.xml"));
    assertThat(list.entities()).extracting(SanctionsEntity::number).containsExactly(101L, 102L);
    SanctionsEntity haddad = list.entities().getFirst();
    assertThat(haddad.name()).as("last name first, as OFAC writes it").isEqualTo("HADDAD, Karim Abdel Aziz");
    assertThat(haddad.kind()).isEqualTo(EntityKind.PERSON);
    assertThat(haddad.aliases()).containsExactly(new SanctionsAlias("ABU KARIM", "aka", true));
    assertThat(haddad.birthDates()).containsExactly("1975-4-2");
    assertThat(haddad.birthYears()).containsExactly(1975);
    assertThat(haddad.birthPlaces()).containsExactly("Homs, Syria");
    assertThat(haddad.nationalities()).containsExactly("Syria");
    assertThat(haddad.identifiers()).containsExactly(new SanctionsIdentifier("Passport", "N1234567", "Syria"));
    assertThat(haddad.links()).containsExactly(new SanctionsLink("associate of", "NORTHERN STAR SHIPPING", 102));
    assertThat(haddad.programs()).containsExactly("SDGT", "IRGC");
    SanctionsEntity company = list.entities().get(1);
    assertThat(company.kind()).isEqualTo(EntityKind.ORGANISATION);
    assertThat(company.programs()).containsExactly("IFSR");
    assertThat(list.warnings()).isEmpty();
  }
}
