package org.dyad.sanctions.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dyad.core.sanctions.EntityKind;
import org.dyad.core.sanctions.SanctionsEntity;
import org.dyad.core.sanctions.SanctionsList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OfacCsvReaderTest {

  static final String SDN = "101,\"HADDAD, Karim Abdel Aziz\",\"individual\",\"SDGT] [IRGC\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,"
      + "\"DOB 1975; POB Homs, Syria; nationality Syria; a.k.a. 'ABU KARIM'; Linked To: NORTHERN STAR SHIPPING.\"\r\n"
      + "102,\"NORTHERN STAR SHIPPING\",-0- ,\"IFSR\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n"
      + "103,\"SEA BREEZE\",\"vessel\",\"IRAN\",-0- ,\"9HAB4\",\"Crude Oil Tanker\",-0- ,-0- ,\"Panama\","
      + "\"NORTHERN STAR SHIPPING\",-0- \r\n"
      + "104,\"TOO FEW\"\r\n\u001A";
  static final String ALT = "101,1,\"aka\",\"AL-HADDAD, Kareem\",-0- \r\n999,2,\"aka\",\"NOBODY\",-0- \r\n\u001A";
  static final String ADD = "101,1,\"Street 12\",\"Damascus\",\"Syria\",-0- \r\n\u001A";

  @TempDir Path dir;

  static void write(Path folder, String file, String text) throws IOException {
    Files.createDirectories(folder);
    Files.writeString(folder.resolve(file), text, StandardCharsets.US_ASCII);
  }

  @Test
  void readsTheSetJoiningAliasesAndAddressesAndResolvingLinks() throws IOException {
    write(dir, "sdn.csv", SDN);
    write(dir, "alt.csv", ALT);
    write(dir, "add.csv", ADD);
    SanctionsList list = OfacCsvReader.read(dir);

    assertThat(list.entities()).extracting(SanctionsEntity::number).containsExactly(101L, 102L, 103L);
    SanctionsEntity haddad = list.entities().get(0);
    assertThat(haddad.kind()).isEqualTo(EntityKind.PERSON);
    assertThat(haddad.programs()).containsExactly("SDGT", "IRGC");
    assertThat(haddad.allNames()).as("alt.csv replaces the remark's a.k.a.")
        .containsExactly("HADDAD, Karim Abdel Aziz", "AL-HADDAD, Kareem");
    assertThat(haddad.addresses()).extracting(a -> a.city() + "/" + a.country()).containsExactly("Damascus/Syria");
    assertThat(haddad.birthYears()).containsExactly(1975);
    assertThat(haddad.links()).extracting(l -> l.name() + "=" + l.entity()).containsExactly("NORTHERN STAR SHIPPING=102");
    SanctionsEntity vessel = list.entities().get(2);
    assertThat(vessel.kind()).isEqualTo(EntityKind.VESSEL);
    assertThat(vessel.nationalities()).containsExactly("Panama");
    assertThat(vessel.links()).extracting(l -> l.relation() + " " + l.entity()).containsExactly("owned by 102");
    assertThat(list.entities().get(1).kind()).isEqualTo(EntityKind.ORGANISATION);
    assertThat(list.warnings()).extracting(Object::toString)
        .containsExactly("sdn.csv:4: expected 12 fields, found 2", "alt.csv:2: alias of entity 999, which sdn.csv does not list");
    assertThat(list.hasAliases()).isTrue();
  }

  @Test
  void withoutAnAliasFileTheRemarksGiveTheAliasesAndTheListSaysSo() throws IOException {
    write(dir, "sdn.csv", SDN);
    SanctionsList list = OfacCsvReader.read(dir);
    assertThat(list.hasAliases()).isFalse();
    assertThat(list.hasAddresses()).isFalse();
    assertThat(list.entities().get(0).allNames()).containsExactly("HADDAD, Karim Abdel Aziz", "ABU KARIM");
  }

  @Test
  void commentsContinueACutRemark() throws IOException {
    write(dir, "sdn.csv", "7,\"CUT, Name\",\"individual\",\"SDGT\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,\"DOB 19\"\r\n");
    write(dir, "sdn_comments.csv", "7,\"60; nationality Iran\"\r\n");
    SanctionsEntity cut = OfacCsvReader.read(dir).entities().getFirst();
    assertThat(cut.birthYears()).containsExactly(1960);
    assertThat(cut.nationalities()).containsExactly("Iran");
  }

  @Test
  void aFolderWithoutSdnCsvIsRefusedNamingIt() {
    assertThatThrownBy(() -> OfacCsvReader.read(dir)).hasMessageContaining("sdn.csv");
  }
}
