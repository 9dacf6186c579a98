package org.dyad.sanctions.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.dyad.core.sanctions.EntityKind;
import org.dyad.core.sanctions.SanctionsAlias;
import org.dyad.core.sanctions.SanctionsEntity;
import org.dyad.core.sanctions.SanctionsList;
import org.junit.jupiter.api.Test;

class UnListXmlReaderTest {

  @Test
  void readsIndividualsAndEntities() throws IOException {
    SanctionsList list = UnListXmlReader.read(Fixtures.path("un-small.xml"));
    assertThat(list.entities()).extracting(SanctionsEntity::number).containsExactly(6908001L, 6908002L);
    SanctionsEntity haddad = list.entities().getFirst();
    assertThat(haddad.name()).isEqualTo("KARIM ABDEL AZIZ HADDAD");
    assertThat(haddad.kind()).isEqualTo(EntityKind.PERSON);
    assertThat(haddad.programs()).containsExactly("Al-Qaida");
    assertThat(haddad.title()).isEqualTo("Doctor");
    assertThat(haddad.aliases()).containsExactly(new SanctionsAlias("Kareem al-Haddad", "aka", false),
        new SanctionsAlias("Abu Karim", "aka", true), new SanctionsAlias("كريم عبد العزيز حداد", "original script", false));
    assertThat(haddad.birthYears()).containsExactly(1975);
    assertThat(haddad.birthPlaces()).containsExactly("Homs Syrian Arab Republic");
    assertThat(haddad.nationalities()).containsExactly("Syrian Arab Republic");
    assertThat(haddad.identifiers()).extracting(i -> i.type() + " " + i.value()).containsExactly("Passport N1234567");
    SanctionsEntity company = list.entities().get(1);
    assertThat(company.kind()).isEqualTo(EntityKind.ORGANISATION);
    assertThat(company.aliases()).extracting(SanctionsAlias::name).containsExactly("NSS Ltd");
    assertThat(company.addresses()).extracting(a -> a.city()).containsExactly("Latakia");
  }
}
