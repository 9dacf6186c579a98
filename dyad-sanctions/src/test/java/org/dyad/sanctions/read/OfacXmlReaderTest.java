package org.dyad.sanctions.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.dyad.core.sanctions.EntityKind;
import org.dyad.core.sanctions.SanctionsAlias;
import org.dyad.core.sanctions.SanctionsEntity;
import org.dyad.core.sanctions.SanctionsIdentifier;
import org.dyad.core.sanctions.SanctionsList;
import org.junit.jupiter.api.Test;

class OfacXmlReaderTest {

  @Test
  void readsEveryPartOfAnEntry() throws IOException {
    SanctionsList list = OfacXmlReader.read(Fixtures.path("sdn-small.xml"));
    assertThat(list.entities()).extracting(SanctionsEntity::number).containsExactly(101L, 102L, 103L);
    SanctionsEntity haddad = list.entities().getFirst();
    assertThat(haddad.name()).isEqualTo("HADDAD, Karim Abdel Aziz");
    assertThat(haddad.kind()).isEqualTo(EntityKind.PERSON);
    assertThat(haddad.programs()).containsExactly("SDGT", "IRGC");
    assertThat(haddad.aliases()).containsExactly(new SanctionsAlias("AL-HADDAD, Kareem", "aka", false),
        new SanctionsAlias("ABU KARIM", "aka", true));
    assertThat(haddad.identifiers()).containsExactly(new SanctionsIdentifier("Passport", "N1234567", "Syria"));
    assertThat(haddad.addresses()).extracting(a -> a.street() + "|" + a.city() + "|" + a.country())
        .containsExactly("Street 12|Damascus|Syria");
    assertThat(haddad.nationalities()).containsExactly("Syria");
    assertThat(haddad.birthDates()).containsExactly("1975");
    assertThat(haddad.birthPlaces()).containsExactly("Homs, Syria");
    assertThat(list.entities().get(1).kind()).isEqualTo(EntityKind.ORGANISATION);
    assertThat(list.entities().get(2).kind()).isEqualTo(EntityKind.VESSEL);
    assertThat(list.warnings()).extracting(Object::toString).containsExactly(
        "sdn-small.xml: an sdnEntry has no numeric uid ('oops'); skipped");
  }
}
